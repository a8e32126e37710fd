package academy.agora.course;

/**
 * Course bodies as authors send them: English by default, with a Macedonian translation.
 */
public final class CourseJson {

	private CourseJson() {
	}

	/**
	 * A course ready to publish.
	 * @param title the English title
	 * @return the JSON body
	 */
	public static String course(String title) {
		return """
				{
				  "defaultLanguage": "en",
				  "title": {"en": "%s", "mk": "Граѓански собранија"},
				  "summary": {"en": "From mandate to recommendations", "mk": "Од мандат до препораки"},
				  "outcomes": [{"en": "You can draft a mandate", "mk": "Можете да подготвите мандат"}],
				  "topics": ["citizens-assembly"],
				  "estimatedHours": 2,
				  "modules": [
				    {"id": "basics", "title": {"en": "Basics", "mk": "Основи"},
				     "lessons": [
				       {"id": "mandate", "title": {"en": "Setting the mandate", "mk": "Мандатот"},
				        "content": {"en": "# Mandate\\n\\nThe council decides <img src=x onerror=alert(1)> in advance.",
				                    "mk": "# Мандат\\n\\nСоветот одлучува однапред."},
				        "durationMinutes": 15, "videoUrl": "https://video.example.org/mandate",
				        "resources": [{"title": {"en": "OECD principles"}, "url": "https://www.oecd.org/"}]},
				       {"id": "lottery", "title": {"en": "The civic lottery", "mk": "Граѓанската лотарија"},
				        "content": {"en": "Members are drawn at random.", "mk": "Членовите се извлекуваат."},
				        "durationMinutes": 10}
				     ],
				     "quizzes": [
				       {"id": "basics-quiz", "title": {"en": "Basics quiz", "mk": "Квиз"}, "passMark": 50,
				        "attemptLimit": 3,
				        "questions": [
				          {"id": "q1", "type": "SINGLE", "text": {"en": "Who decides the mandate?", "mk": "Кој?"},
				           "options": [
				             {"id": "a", "text": {"en": "The council", "mk": "Советот"}, "correct": true,
				              "feedback": {"en": "Yes: the council commits in advance."}},
				             {"id": "b", "text": {"en": "The members", "mk": "Членовите"}, "correct": false,
				              "feedback": {"en": "No: members answer the question."}}
				           ]}
				        ]}
				     ]}
				  ],
				  "completionRules": {"requiredLessons": ["mandate", "lottery"], "requiredQuizzes": ["basics-quiz"]}
				}
				""".formatted(title);
	}

	/**
	 * The smallest course that can be published, the one the end-to-end journey uses: two
	 * lessons in one language, every lesson required.
	 * @return the JSON body
	 */
	public static String minimal() {
		return """
				{"defaultLanguage": "en", "title": {"en": "Running a citizens' assembly"},
				 "summary": {"en": "From mandate to recommendations"},
				 "modules": [{"id": "basics", "title": {"en": "Basics"},
				   "lessons": [{"id": "mandate", "title": {"en": "Setting the mandate"},
				                "content": {"en": "The council decides in advance."}},
				               {"id": "lottery", "title": {"en": "The civic lottery"},
				                "content": {"en": "Members are drawn at random."}}]}]}
				""";
	}

}
