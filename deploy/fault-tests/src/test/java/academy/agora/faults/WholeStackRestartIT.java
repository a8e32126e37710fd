package academy.agora.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import academy.agora.testsupport.OAuth2Login;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 7, the whole local stack (the launcher behind {@code ./run-local.sh}: broker,
 * MongoDB-wire server on H2, identity provider and the three services in one JVM) killed
 * with {@code SIGKILL} while learners are active, and started again by the same command
 * on the same data directory. The learners sign in through the bundled identity provider
 * (demo accounts, real OAuth2 authorization-code flow) and keep their tokens across the
 * crash. Nothing acknowledged before the crash may be lost, and everything resumes
 * without a manual step.
 */
class WholeStackRestartIT {

	@Test
	void killingTheWholeStackDuringActivityLosesNothingStoredAndResumesByItself() throws Exception {
		FaultSize size = FaultSize.current();
		int courses = 4;
		int lessons = Math.max(5, size.restartActions() / (2 * courses));
		Path data = Path.of("target", "fault-data", "stack-" + System.currentTimeMillis());
		Map<String, String> ports = Map.of("KAFKA_PORT", free(), "MONGODB_PORT", free(), "IDP_PORT", free(),
				"COURSE_SERVICE_PORT", free(), "PROGRESS_SERVICE_PORT", free(), "CERTIFICATE_SERVICE_PORT", free());
		Map<String, String> environment = new java.util.HashMap<>(ports);
		environment.put("AGORA_DATA_DIR", data.toAbsolutePath().toString());
		String issuer = "http://localhost:" + ports.get("IDP_PORT");
		String courseUrl = "http://127.0.0.1:" + ports.get("COURSE_SERVICE_PORT");
		String progressUrl = "http://127.0.0.1:" + ports.get("PROGRESS_SERVICE_PORT");
		String kafka = "127.0.0.1:" + ports.get("KAFKA_PORT");
		JavaProcess stack = startStack(environment, ports);
		Audit.Figures figures = new Audit.Figures();
		try {
			String author = OAuth2Login.accessToken(issuer, "elira", "demo");
			Map<String, String> learners = Map.of("ana", OAuth2Login.accessToken(issuer, "ana", "demo"), "marko",
					OAuth2Login.accessToken(issuer, "marko", "demo"));
			Set<String> courseIds = new HashSet<>();
			for (int i = 0; i < courses; i++) {
				courseIds.add(Api.publishCourse(courseUrl, author, "Whole stack " + i, lessons));
			}
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			Set<String> enrolments = ConcurrentHashMap.newKeySet();
			Set<String> vanished = ConcurrentHashMap.newKeySet();
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> threads = new ArrayList<>();
			learners.forEach((name, token) -> {
				Thread thread = new Thread(() -> {
					for (String courseId : courseIds) {
						String enrolmentId = null;
						while (enrolmentId == null && !stop.get()) {
							Api.Response response = Api.post(progressUrl + "/api/enrolments", token,
									Map.of("courseId", courseId));
							enrolmentId = (response.status() == 201) ? response.field("id")
									: (response.status() == 409) ? response.field("enrolmentId") : null;
							if (enrolmentId == null) {
								Service.sleep(200);
							}
						}
						enrolments.add(enrolmentId);
						for (int lesson = 1; lesson <= lessons && !stop.get(); lesson++) {
							String action = enrolmentId + "/" + Api.lesson(lesson);
							Api.Response response;
							while (!(response = Api.post(progressUrl + "/api/enrolments/" + enrolmentId + "/lessons/"
									+ Api.lesson(lesson) + "/completion", token, null))
								.is2xx() && response.status() != 404 && !stop.get()) {
								Service.sleep(200);
							}
							if (response.is2xx()) {
								acknowledged.add(action);
							}
							else if (response.status() == 404) {
								// The enrolment, acknowledged before the crash, is gone.
								vanished.add(enrolmentId);
								break;
							}
						}
					}
				}, "learner-" + name);
				thread.start();
				threads.add(thread);
			});
			int total = 2 * courses * lessons;
			while (acknowledged.size() < total / 2) {
				Service.sleep(50);
			}
			Set<String> beforeCrash = new HashSet<>(acknowledged);
			stack.kill();
			figures.put("actions acknowledged before the crash", beforeCrash.size());
			long restarting = System.nanoTime();
			stack = startStack(environment, ports);
			figures.put("whole stack restart until every service is ready (ms)",
					Duration.ofNanos(System.nanoTime() - restarting).toMillis());
			for (Thread thread : threads) {
				thread.join(Duration.ofMinutes(10).toMillis());
			}
			stop.set(true);
			try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + ports.get("MONGODB_PORT"))) {
				Audit.awaitSettled(mongo, kafka, Duration.ofMinutes(5));
				Audit.Figures checked = Audit.of(mongo, kafka, courseIds).check(acknowledged, enrolments, lessons);
				Set<String> lostBeforeCrash = new HashSet<>(beforeCrash);
				Audit audit = Audit.of(mongo, kafka, courseIds);
				lostBeforeCrash.removeIf((action) -> audit.storedLessons.getOrDefault(action.split("/")[0], Set.of())
					.contains(action.split("/")[1]));
				figures.put("actions acknowledged before the crash and lost", lostBeforeCrash.size());
				figures.put("enrolments acknowledged before the crash and gone after it", vanished.size());
				if (!vanished.isEmpty()) {
					figures.problem(vanished.size() + " enrolments vanished in the crash");
				}
				if (!lostBeforeCrash.isEmpty()) {
					figures.problem(lostBeforeCrash.size() + " actions acknowledged before the crash are lost, e.g. "
							+ lostBeforeCrash.iterator().next());
				}
				figures.put("learners (demo accounts via the identity provider)", 2);
				figures.put("courses x lessons", courses + " x " + lessons);
				checked.order.forEach((name) -> figures.put(name, checked.values.get(name)));
				checked.problems().forEach(figures::problem);
			}
		}
		finally {
			stack.kill();
		}
		Figures.record("Scenario 7 - whole stack restart", figures);
		assertThat(figures.problems()).isEmpty();
	}

	private static JavaProcess startStack(Map<String, String> environment, Map<String, String> ports) {
		JavaProcess stack = JavaProcess.start("local-stack", ChildMain.class.getName(),
				List.of("-Xmx1500m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
				List.of("academy.agora.localstack.LocalStack"), environment);
		List<Service> services = new ArrayList<>();
		for (String name : List.of("COURSE_SERVICE_PORT", "PROGRESS_SERVICE_PORT", "CERTIFICATE_SERVICE_PORT")) {
			services.add(new Service(name, "none", Integer.parseInt(ports.get(name)), List.of()));
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (!services.stream().allMatch(Service::ready)) {
			if (!stack.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("The local stack did not start; see " + stack);
			}
			Service.sleep(500);
		}
		return stack;
	}

	private static String free() {
		return String.valueOf(Cluster.freePort());
	}

}
