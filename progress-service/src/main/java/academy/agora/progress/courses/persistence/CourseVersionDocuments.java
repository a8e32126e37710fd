package academy.agora.progress.courses.persistence;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import academy.agora.progress.courses.domain.CourseVersion;
import org.bson.Document;

/**
 * The stored shape of a published version, spelled out field by field rather than left to
 * the object mapper: it is the copy of another service's contract, documents stored
 * before the contract grew must stay readable (a missing field gets the default the
 * contract gives it), and renaming a domain type must not change what is on disk.
 */
final class CourseVersionDocuments {

	private CourseVersionDocuments() {
	}

	/**
	 * The fields of a version, without its {@code _id}.
	 * @param version the version
	 * @return field name to value, in a stable order
	 */
	static Map<String, Object> fields(CourseVersion version) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("courseId", version.courseId());
		fields.put("version", version.version());
		fields.put("title", version.title());
		fields.put("language", version.language());
		fields.put("publishedAt", Date.from(version.publishedAt()));
		fields.put("titles", new Document(version.titles()));
		fields.put("languages", version.languages());
		fields.put("lessons", version.lessons().stream().map(CourseVersionDocuments::lesson).toList());
		fields.put("modules", version.modules().stream().map(CourseVersionDocuments::module).toList());
		fields.put("quizzes", version.quizzes().stream().map(CourseVersionDocuments::quiz).toList());
		fields.put("completionRules", new Document("requiredLessonIds", version.completionRules().requiredLessonIds())
			.append("requiredQuizIds", version.completionRules().requiredQuizIds()));
		fields.put("estimatedHours", version.estimatedHours());
		fields.put("certificateApproval", version.certificateApproval());
		return fields;
	}

	static CourseVersion version(Document document) {
		Date publishedAt = document.getDate("publishedAt");
		Document rules = document.get("completionRules", Document.class);
		return new CourseVersion(document.getString("courseId"), document.getInteger("version"),
				document.getString("title"), document.getString("language"),
				list(document, "lessons", CourseVersionDocuments::lesson),
				(publishedAt != null) ? publishedAt.toInstant() : null, texts(document, "titles"),
				document.getList("languages", String.class), list(document, "modules", CourseVersionDocuments::module),
				list(document, "quizzes", CourseVersionDocuments::quiz),
				(rules != null) ? new CourseVersion.CompletionRules(rules.getList("requiredLessonIds", String.class),
						rules.getList("requiredQuizIds", String.class)) : null,
				document.getInteger("estimatedHours"), document.getBoolean("certificateApproval", false));
	}

	private static Document lesson(CourseVersion.Lesson lesson) {
		return new Document("id", lesson.id()).append("title", lesson.title())
			.append("titles", new Document(lesson.titles()))
			.append("moduleId", lesson.moduleId())
			.append("durationMinutes", lesson.durationMinutes());
	}

	private static CourseVersion.Lesson lesson(Document lesson) {
		return new CourseVersion.Lesson(lesson.getString("id"), lesson.getString("title"), texts(lesson, "titles"),
				lesson.getString("moduleId"), lesson.getInteger("durationMinutes"));
	}

	private static Document module(CourseVersion.Module module) {
		return new Document("id", module.id()).append("titles", new Document(module.titles()))
			.append("lessonIds", module.lessonIds())
			.append("quizIds", module.quizIds());
	}

	private static CourseVersion.Module module(Document module) {
		return new CourseVersion.Module(module.getString("id"), texts(module, "titles"),
				module.getList("lessonIds", String.class), module.getList("quizIds", String.class));
	}

	private static Document quiz(CourseVersion.Quiz quiz) {
		return new Document("id", quiz.id()).append("titles", new Document(quiz.titles()))
			.append("passMark", quiz.passMark())
			.append("attemptLimit", quiz.attemptLimit())
			.append("questions", quiz.questions()
				.stream()
				.map((question) -> new Document("id", question.id()).append("type", question.type())
					.append("texts", new Document(question.texts()))
					.append("options", question.options()
						.stream()
						.map((option) -> new Document("id", option.id()).append("texts", new Document(option.texts()))
							.append("correct", option.correct())
							.append("feedback", new Document(option.feedback())))
						.toList()))
				.toList());
	}

	private static CourseVersion.Quiz quiz(Document quiz) {
		return new CourseVersion.Quiz(quiz.getString("id"), texts(quiz, "titles"), quiz.getInteger("passMark"),
				quiz.getInteger("attemptLimit"),
				list(quiz, "questions",
						(question) -> new CourseVersion.Question(question.getString("id"), question.getString("type"),
								texts(question, "texts"),
								list(question, "options",
										(option) -> new CourseVersion.Option(option.getString("id"),
												texts(option, "texts"), option.getBoolean("correct", false),
												texts(option, "feedback"))))));
	}

	private static <T> List<T> list(Document document, String field, Function<Document, T> mapper) {
		List<Document> items = document.getList(field, Document.class);
		return (items != null) ? items.stream().map(mapper).toList() : null;
	}

	private static Map<String, String> texts(Document document, String field) {
		Document texts = document.get(field, Document.class);
		if (texts == null) {
			return null;
		}
		Map<String, String> byLanguage = new LinkedHashMap<>();
		texts.forEach((language, text) -> byLanguage.put(language, (String) text));
		return byLanguage;
	}

}
