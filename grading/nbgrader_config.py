"""nbgrader configuration of the netlab course (run nbgrader commands from this folder).

Stock nbgrader works here: generate_assignment, validate, autograde, generate_feedback, export.
netlab adds two things through configuration only:
- a preprocessor that keeps instructor-only cells (tag "instructor") out of every release;
- a hook that, after generate_assignment, writes the Thai and English student workbooks to
  ../workbooks/<lang>/ (``netlab build`` does the same and reports errors loudly).
"""

from nbgrader.converters import GenerateAssignment

from netlab.build import RemoveInstructorCells

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "netlab"

# Both languages in the stubs: graded cells are shared by the Thai and English workbooks.
c.ClearSolutions.code_stub = {
    "python": (
        "# ตอบที่นี่ (แก้ค่าข้างบน หรือเขียนโค้ดตรงนี้) แล้วลบบรรทัด raise ข้างล่าง\n"
        "# Answer here (edit the values above or write code here), then delete the raise line.\n"
        'raise NotImplementedError("ยังไม่ได้ตอบ / not answered yet")'
    )
}
c.ClearSolutions.text_stub = "เขียนคำตอบของคุณที่นี่ / YOUR ANSWER HERE"

# A cell that runs longer than this is cut off at grading (an infinite loop, say).
c.Execute.timeout = 60

# Instructor-only cells never reach a release, even with the stock command.
c.GenerateAssignment.preprocessors = [
    RemoveInstructorCells,
    *GenerateAssignment.class_traits()["preprocessors"].default(),
]
c.GenerateAssignment.post_convert_hook = "netlab.build.post_convert_hook"
