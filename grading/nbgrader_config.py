"""nbgrader configuration of the netlab course (run nbgrader commands from this folder).

Stock nbgrader works here: generate_assignment, validate, autograde, generate_feedback, export.
netlab adds, through configuration only:
- two preprocessors that run first when an assignment is generated: the release (what
  nbgrader's exchange hands trainees) holds one language, c.Netlab.release_language, and no
  instructor-only cell (tag "instructor"), no solution and no hidden test;
- a hook that, after generate_assignment, writes the Thai and English student workbooks to
  ../workbooks/<lang>/ (``netlab build`` does the same and reports errors loudly);
- the class settings of section ``Netlab`` (see netlab.settings).
"""

from nbgrader.converters import GenerateAssignment

from netlab.release import RemoveInstructorCells, SelectLanguage

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "netlab"

# The class: the language the exchange releases (the other one is in ../workbooks/), the
# language of netlab's instructor commands ("" = the instructor's locale), and whether the
# package built for trainees (netlab trainee-package) carries self-check keys and worked
# answers (True for self-learners; False for a graded class).
c.Netlab.release_language = "th"
c.Netlab.instructor_language = ""
c.Netlab.self_check = True

# The stub left where a solution was: a statement that does nothing, so that Run All on a blank
# workbook goes on to the end (a function still blank returns None, which the check reads as
# "not answered yet"). The release's own language says what to do there: netlab.release puts a
# comment above each solution region.
c.ClearSolutions.code_stub = {"python": "pass"}
c.ClearSolutions.text_stub = "เขียนคำตอบของคุณที่นี่ / YOUR ANSWER HERE"

# A cell that runs longer than this is cut off at grading (an infinite loop, say).
c.Execute.timeout = 60

# One language and no instructor-only cell in every release, even with the stock command
# (both preprocessors are enabled by default; nbgrader's own clear solutions and hidden tests).
c.GenerateAssignment.preprocessors = [
    SelectLanguage,
    RemoveInstructorCells,
    *GenerateAssignment.class_traits()["preprocessors"].default(),
]
c.GenerateAssignment.post_convert_hook = "netlab.build.post_convert_hook"
