package academy.agora.testsupport.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.util.UriUtils;

/**
 * Sends each write endpoint a fixed number of malformed requests and checks the oracle:
 * no 5xx; every 4xx is {@code application/problem+json}; and a refused request leaves the
 * stored state as it was. A request the service accepts (2xx) may change the state; it is
 * counted, and the state taken anew once it is settled.
 * <p>
 * {@code -Dfuzz.cases=N} changes the number of cases per endpoint and
 * {@code -Dfuzz.seed=N} the seed; a run with the same seed sends the same requests.
 */
public final class Fuzzer {

	/** Cases per endpoint unless {@code -Dfuzz.cases} says otherwise. */
	public static final int DEFAULT_CASES = 150;

	/** The seed unless {@code -Dfuzz.seed} says otherwise. */
	public static final long DEFAULT_SEED = 20_260_101L;

	private static final Duration SETTLE_POLL = Duration.ofMillis(100);

	private static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);

	private static final String[] BOGUS_IDS = { "does-not-exist", "a".repeat(4_000), "..", "..%2F..%2Fetc%2Fpasswd",
			"%2e%2e%2f", "%00", "abc%00def", "%D0%90%D0%BD%D0%B0", "%F0%9F%98%80", "%E2%80%AEevil", "%C3%28", "%FF%FE",
			"%7B%22%24gt%22%3A%22%22%7D", "%24where", "%24ne", ".%2A", "%5E", "000000000000000000000000",
			"507f1f77bcf86cd799439011", "1%27%20OR%20%271%27%3D%271", "%20", "%09", "%2F", "x;y=z", "%25", "null", "-1",
			"99999999999999999999999", "%E2%80%8B" };

	private static final String[] BOGUS_HEADERS = { "", "*", "\"\"", "W/", "W/\"", "\"abc\"", "\"-1\"",
			"\"99999999999999999999\"", "1,2,3", "\"1\", \"2\"", "xx-;q=abc", "en;q=2", "*;q=-1", "zz-ZZ-x-y-z", "é",
			"a".repeat(8_000), "\"" + Long.MAX_VALUE + "\"", "en-US,en;q=0.9,*;q=abc" };

	private final WebTestClient client;

	private final Supplier<?> defaultState;

	private final String service;

	private final long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);

	private final int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);

	private int totalCases;

	private int totalEndpoints;

	private int totalServerErrors;

	private int totalFailures;

	private int totalAccepted;

	/**
	 * A fuzzer for one service.
	 * @param service the service's name, for the output
	 * @param client a client bound to the application, with Spring Security's test
	 * support applied
	 * @param defaultState reads the stored state that refused requests must not change
	 */
	public Fuzzer(String service, WebTestClient client, Supplier<?> defaultState) {
		this.service = service;
		this.client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		this.defaultState = defaultState;
	}

	/**
	 * Runs the cases of one endpoint and prints what happened.
	 * @param endpoint the endpoint
	 * @return the failures, each with what reproduces it; empty if none
	 */
	public List<String> run(WriteEndpoint endpoint) {
		int count = (endpoint.cases > 0) ? Math.min(endpoint.cases, this.cases) : this.cases;
		Supplier<?> state = (endpoint.state != null) ? endpoint.state : this.defaultState;
		// Each endpoint has its own stream, so that one endpoint's cases do not depend on
		// which others ran before it.
		RandomGenerator random = new SplittableRandom(this.seed * 31 + endpoint.toString().hashCode());
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int serverErrors = 0;
		int accepted = 0;
		long started = System.nanoTime();
		Object before = settled(state);
		for (int i = 0; i < count; i++) {
			Case attempt = nextCase(random, endpoint);
			EntityExchangeResult<byte[]> result = send(endpoint, attempt);
			int status = result.getStatus().value();
			statuses.merge(status, 1, Integer::sum);
			String problem = null;
			if (status >= 500) {
				serverErrors++;
				problem = "answered " + status;
			}
			else if (status >= 400 && !isProblem(result.getResponseHeaders().getContentType())) {
				problem = "answered " + status + " as " + result.getResponseHeaders().getContentType()
						+ ", not application/problem+json";
			}
			else if (status < 200 || status >= 300) {
				problem = (status >= 400) ? null : "answered " + status;
			}
			boolean success = status >= 200 && status < 300;
			if (success) {
				accepted++;
			}
			if (problem == null && (!success || endpoint.unchangedEvenIfAccepted)) {
				Object after = state.get();
				if (!Objects.equals(before, after)) {
					problem = "answered " + status + " but changed the stored state";
					before = settled(state);
				}
			}
			else if (success) {
				before = settled(state);
			}
			if (problem != null) {
				failures.add(String.format(Locale.ROOT, "%s case #%d (-Dfuzz.seed=%d): %s; %s %s, %s body %s -> %s",
						endpoint, i, this.seed, problem, endpoint.method, abbreviate(attempt.uri.toString(), 200),
						attempt.input.kind(), abbreviate(attempt.input.summary(), 200),
						abbreviate(new String(Objects.requireNonNullElse(result.getResponseBodyContent(), new byte[0]),
								StandardCharsets.UTF_8), 300)));
			}
		}
		System.out.printf(Locale.ROOT,
				"Fuzzing %s %s: %,d cases in %,d ms (seed %d), %d server errors, %d other failures, %d accepted; statuses %s%n",
				this.service, endpoint, count, Duration.ofNanos(System.nanoTime() - started).toMillis(), this.seed,
				serverErrors, failures.size() - serverErrors, accepted, statuses);
		failures.forEach((failure) -> System.out.println("  FAILED " + failure));
		this.totalCases += count;
		this.totalEndpoints++;
		this.totalServerErrors += serverErrors;
		this.totalFailures += failures.size();
		this.totalAccepted += accepted;
		return failures;
	}

	/**
	 * Prints how many cases were tried across all endpoints run so far.
	 */
	public void printTotal() {
		System.out.printf(Locale.ROOT,
				"Fuzzing %s: %,d cases across %d write endpoints, %d server errors, %d failures, %d accepted (seed %d)%n",
				this.service, this.totalCases, this.totalEndpoints, this.totalServerErrors, this.totalFailures,
				this.totalAccepted, this.seed);
	}

	private Case nextCase(RandomGenerator random, WriteEndpoint endpoint) {
		boolean bogusId = !endpoint.ids.isEmpty() && (endpoint.bogusIdsOnly || random.nextInt(4) == 0);
		String path = endpoint.path;
		for (Map.Entry<String, String> id : endpoint.ids.entrySet()) {
			String segment = bogusId ? BOGUS_IDS[random.nextInt(BOGUS_IDS.length)]
					: UriUtils.encodePathSegment(id.getValue(), StandardCharsets.UTF_8);
			path = path.replace("{" + id.getKey() + "}", segment);
		}
		HttpHeaders headers = new HttpHeaders();
		endpoint.headers.forEach(headers::set);
		boolean fuzzHeader = !endpoint.fuzzedHeaders.isEmpty() && random.nextInt(4) == 0;
		if (fuzzHeader) {
			headers.set(endpoint.fuzzedHeaders.get(random.nextInt(endpoint.fuzzedHeaders.size())),
					BOGUS_HEADERS[random.nextInt(BOGUS_HEADERS.length)]);
		}
		MalformedInputs.Input input = MalformedInputs.next(random, endpoint.body);
		return new Case(URI.create(path), headers, input);
	}

	private EntityExchangeResult<byte[]> send(WriteEndpoint endpoint, Case attempt) {
		WebTestClient client = (endpoint.user != null) ? this.client.mutateWith(endpoint.user) : this.client;
		byte[] body = attempt.input.body();
		// Written as they are: an encoder would add a Content-Type where the case has
		// none.
		BodyInserter<byte[], org.springframework.http.ReactiveHttpOutputMessage> raw = (message, context) -> message
			.writeWith(Mono.fromSupplier(() -> message.bufferFactory().wrap(body)));
		return client.method(endpoint.method).uri(attempt.uri).headers((headers) -> {
			headers.addAll(attempt.headers);
			if (attempt.input.contentType() != null) {
				headers.set(HttpHeaders.CONTENT_TYPE, attempt.input.contentType());
			}
		}).body(raw).exchange().expectBody().returnResult();
	}

	private static boolean isProblem(MediaType contentType) {
		return contentType != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType);
	}

	/**
	 * The state once background work an accepted request started (an outbox relay, a bulk
	 * job) has stopped changing it.
	 */
	private static Object settled(Supplier<?> state) {
		long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
		Object previous = state.get();
		int stableFor = 0;
		while (stableFor < 3 && System.nanoTime() < deadline) {
			sleep(SETTLE_POLL);
			Object current = state.get();
			stableFor = Objects.equals(previous, current) ? stableFor + 1 : 0;
			previous = current;
		}
		return previous;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String text, int max) {
		String flat = text.replaceAll("\\p{Cntrl}", "?");
		return (flat.length() <= max) ? flat
				: flat.substring(0, max) + "... (" + String.format(Locale.ROOT, "%,d", flat.length()) + " chars)";
	}

	private record Case(URI uri, HttpHeaders headers, MalformedInputs.Input input) {

	}

}
