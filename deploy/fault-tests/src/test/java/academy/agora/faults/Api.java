package academy.agora.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The services' HTTP APIs as a client uses them, with bearer tokens.
 */
final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private Api() {
	}

	static Response post(String url, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token);
		if (body != null) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.POST(HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	static Response get(String url, String token) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.GET()
			.build());
	}

	private static Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Response(-1, null, ex);
		}
		catch (Exception ex) {
			return new Response(-1, null, ex);
		}
	}

	/**
	 * A course with {@code lessons} lessons in one module, drafted and published by the
	 * author.
	 * @return the course id
	 */
	static String publishCourse(String courseServiceUrl, String authorToken, String title, int lessons) {
		List<Map<String, Object>> lessonList = new ArrayList<>();
		for (int i = 1; i <= lessons; i++) {
			lessonList.add(Map.of("id", lesson(i), "title", Map.of("en", "Lesson " + i), "content",
					Map.of("en", "What a council must know, part " + i + ".")));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("defaultLanguage", "en");
		body.put("title", Map.of("en", title));
		body.put("summary", Map.of("en", "A course for fault tests"));
		body.put("modules", List.of(Map.of("id", "basics", "title", Map.of("en", "Basics"), "lessons", lessonList)));
		Response created = post(courseServiceUrl + "/api/courses", authorToken, body);
		created.expect(201);
		String id = created.field("id");
		post(courseServiceUrl + "/api/courses/" + id + "/publish", authorToken, null).expect(201);
		return id;
	}

	static String lesson(int number) {
		return "lesson-" + number;
	}

	record Response(int status, String body, Exception failure) {

		boolean is2xx() {
			return this.status >= 200 && this.status < 300;
		}

		boolean isServerError() {
			return this.status >= 500;
		}

		void expect(int expected) {
			if (this.status != expected) {
				throw new IllegalStateException("Expected " + expected + " but got " + this, this.failure);
			}
		}

		String field(String name) {
			Object value = JSON.readValue(this.body, Map.class).get(name);
			return (value != null) ? value.toString() : null;
		}

		@Override
		public String toString() {
			return this.status + " " + ((this.failure != null) ? this.failure.toString() : this.body);
		}

	}

}
