"""The preprocessors ``netlab feedback`` puts in front of nbgrader's (no kernel needed)."""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_output

from netlab.check import RECORD_MIME, report
from netlab.grading.feedback import HideHiddenTests, StaticCharts, offline

HIDDEN = "_ = f(data)\n### BEGIN HIDDEN TESTS\n_held_out = [1, 2]\nassert f(_held_out)\n" \
         "### END HIDDEN TESTS"


def _graded(source: str, outputs: list) -> dict:
    cell = new_code_cell(source, outputs=outputs)
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 2}
    return cell


def _outputs() -> list:
    return [
        new_output("display_data", data={RECORD_MIME: {"items": []}}),
        new_output("stream", name="stdout", text="H05 held-out row"),
        new_output("error", ename="CheckFailed", evalue="Exercise B: 0 of 2",
                   traceback=["Traceback", "assert f(_held_out)", "CheckFailed: ..."]),
        new_output("execute_result", data={"text/plain": "2.0", "text/html": "<b>ok</b>",
                                           "application/json": {"x": 1}}, execution_count=1),
    ]


def test_a_hidden_test_cell_keeps_only_its_verdict() -> None:
    cell, _ = HideHiddenTests().preprocess_cell(_graded(HIDDEN, _outputs()), {}, 0)
    assert cell.source == "_ = f(data)"
    kinds = [o.output_type for o in cell.outputs]
    assert kinds == ["error", "execute_result"]
    assert cell.outputs[0].traceback == ["CheckFailed: Exercise B: 0 of 2"]
    assert set(cell.outputs[1].data) == {"text/plain", "text/html"}
    assert "_held_out" not in str(cell) and "H05" not in str(cell)


def test_other_cells_lose_only_the_report_record() -> None:
    cell, _ = HideHiddenTests().preprocess_cell(_graded("f(data)", _outputs()), {}, 0)
    assert [o.output_type for o in cell.outputs] == ["stream", "error", "execute_result"]
    assert len(cell.outputs[1].traceback) == 3  # a visible test's traceback is the trainee's


def test_vega_lite_outputs_become_svg() -> None:
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {
                "x": {"field": "a", "type": "quantitative"}}}
    cell = new_code_cell("chart", outputs=[new_output(
        "display_data", data={"application/vnd.vegalite.v5+json": spec, "text/plain": "c"})])
    cell, _ = StaticCharts().preprocess_cell(cell, {}, 0)
    assert set(cell.outputs[0].data) == {"image/svg+xml", "text/plain"}
    assert cell.outputs[0].data["image/svg+xml"].startswith("<svg")


def test_offline_drops_only_the_mathjax_scripts() -> None:
    page = ('<script type="text/x-mathjax-config">MathJax.Hub.Config({});</script>\n'
            '<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/latest.js'
            '?config=TeX-AMS_CHTML-full,Safe"> </script>\n<script>keep()</script><p>x</p>')
    assert offline(page) == "<script>keep()</script><p>x</p>"


def test_the_record_names_items_and_answers_not_the_key() -> None:
    record = report("problem_typing.a", {"C01": "simple", "C02": ""}).record()
    assert record["items"][:2] == [{"item": "C01", "status": "wrong", "given": "simple"},
                                   {"item": "C02", "status": "missing", "given": ""}]
    assert record["max_points"] == 8.0
