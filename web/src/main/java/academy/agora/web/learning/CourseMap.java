package academy.agora.web.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import academy.agora.web.relay.CourseApi.CourseOutline;
import academy.agora.web.relay.CourseApi.LessonOutline;
import academy.agora.web.relay.CourseApi.ModuleOutline;
import academy.agora.web.relay.CourseApi.QuizOutline;

/**
 * A course as one path through it: each module's lessons, then its quizzes. Previous and
 * next on a lesson or quiz page follow this path, so a module's quiz comes right after
 * its last lesson.
 */
final class CourseMap {

	private final List<LearningStep> steps;

	private CourseMap(List<LearningStep> steps) {
		this.steps = steps;
	}

	static CourseMap of(CourseOutline outline) {
		List<LearningStep> steps = new ArrayList<>();
		for (ModuleOutline module : outline.modules()) {
			for (LessonOutline lesson : module.lessons()) {
				steps.add(new LearningStep(lesson.id(), lesson.title(), false, module.id()));
			}
			for (QuizOutline quiz : module.quizzes()) {
				steps.add(new LearningStep(quiz.id(), quiz.title(), true, module.id()));
			}
		}
		return new CourseMap(List.copyOf(steps));
	}

	Optional<LearningStep> before(String id, boolean quiz) {
		int at = indexOf(id, quiz);
		return (at > 0) ? Optional.of(this.steps.get(at - 1)) : Optional.empty();
	}

	Optional<LearningStep> after(String id, boolean quiz) {
		int at = indexOf(id, quiz);
		return (at >= 0 && at + 1 < this.steps.size()) ? Optional.of(this.steps.get(at + 1)) : Optional.empty();
	}

	/**
	 * Where a step is, for "2 of 6".
	 * @param id the lesson or quiz
	 * @param quiz whether it is a quiz
	 * @return its position from 1, or 0 if it is not in the course
	 */
	int position(String id, boolean quiz) {
		return indexOf(id, quiz) + 1;
	}

	int size() {
		return this.steps.size();
	}

	private int indexOf(String id, boolean quiz) {
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i).id().equals(id) && this.steps.get(i).quiz() == quiz) {
				return i;
			}
		}
		return -1;
	}

}
