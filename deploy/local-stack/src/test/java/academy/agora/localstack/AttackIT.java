package academy.agora.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import academy.agora.testsupport.OAuth2Login;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Attacks on every service's access control, against the whole system: the real issuer,
 * real tokens, and forged ones. Forgeries that must pass (the control cases) are signed
 * with the issuer's own key, read from the local stack's data directory, so that every
 * rejection is for the attack and not for a bad signature by accident. Each case expects
 * 401 (the token is not accepted), 403 (the role does not allow it) or 404 (the object is
 * someone else's, and its existence is not confirmed).
 */
class AttackIT {

	private static final List<String> SERVICES = List.of("course-service", "progress-service", "certificate-service");

	/** A signed-in endpoint of each service that a learner may call. */
	private static final Map<String, String> LEARNER_ENDPOINTS = Map.of("course-service", "/api/catalog",
			"progress-service", "/api/enrolments", "certificate-service", "/api/certificates/mine");

	@TempDir
	static Path data;

	static LocalStack stack;

	static RSAKey issuerKey;

	static RSAKey attackerKey;

	static String anaEnrolment;

	static String anaCertificate;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void start() throws Exception {
		stack = LocalStack.start(Settings.isolated(data));
		issuerKey = (RSAKey) JWKSet
			.parse(Files.readString(data.resolve("identity-provider/signing-key.json"), StandardCharsets.UTF_8))
			.getKeys()
			.get(0);
		attackerKey = new RSAKeyGenerator(2048).keyID(issuerKey.getKeyID()).generate();

		// Ana enrols in a sample course, and an admin completes it by attendance, which
		// issues her a certificate: an enrolment and a certificate to attack.
		String ana = OAuth2Login.accessToken(stack.issuer(), "ana", "demo");
		String admin = OAuth2Login.accessToken(stack.issuer(), "admin", "demo");
		String courseId = await().atMost(Duration.ofSeconds(30)).until(() -> {
			Map<String, Object> page = call("course-service", HttpMethod.GET, "/api/catalog?size=1", ana, null)
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
			return items.isEmpty() ? null : (String) items.get(0).get("id");
		}, (id) -> id != null);
		anaEnrolment = await().atMost(Duration.ofSeconds(30)).until(() -> {
			EntityExchangeResult<Map> enrolled = call("progress-service", HttpMethod.POST, "/api/enrolments", ana,
					Map.of("courseId", courseId))
				.expectBody(Map.class)
				.returnResult();
			return enrolled.getStatus().is2xxSuccessful() ? (String) enrolled.getResponseBody().get("id") : null;
		}, (id) -> id != null);
		call("progress-service", HttpMethod.POST, "/api/enrolments/" + anaEnrolment + "/attendance-completion", admin,
				Map.of("reason", "Attended the workshops"))
			.expectStatus()
			.isCreated();
		anaCertificate = await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<Map<String, Object>> mine = call("certificate-service", HttpMethod.GET, "/api/certificates/mine", ana,
					null)
				.expectBodyList(Map.class)
				.returnResult()
				.getResponseBody()
				.stream()
				.map((certificate) -> (Map<String, Object>) certificate)
				.toList();
			return mine.isEmpty() ? null : (String) mine.get(0).get("id");
		}, (id) -> id != null);
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyAttackIsRefusedAndEveryControlAccepted() throws Exception {
		List<Case> cases = new ArrayList<>();
		String marko = OAuth2Login.accessToken(stack.issuer(), "marko", "demo");
		String idToken = OAuth2Login.login(stack.issuer(), "ana", "demo").idToken();
		for (String service : SERVICES) {
			String path = LEARNER_ENDPOINTS.get(service);
			cases.add(new Case("a well-formed learner token (control)", service, HttpMethod.GET, path,
					signed(learner(), issuerKey), 200));
			cases.add(new Case("a token 30 s past expiry, within the allowed skew (control)", service, HttpMethod.GET,
					path, signed(learner().issueTime(ago(600)).expirationTime(ago(30)), issuerKey), 200));
			cases.add(new Case("a token for this service alone (control)", service, HttpMethod.GET, path,
					signed(learner().audience(service), issuerKey), 200));
			for (String none : List.of("none", "None", "NONE", "nOnE")) {
				cases.add(new Case("alg: " + none, service, HttpMethod.GET, path, unsigned(none, learner()), 401));
			}
			cases.add(new Case("HS256 keyed with the issuer's public key (DER)", service, HttpMethod.GET, path,
					hmac(issuerKey.toRSAPublicKey().getEncoded(), learner()), 401));
			cases.add(new Case("HS256 keyed with the issuer's public JWK", service, HttpMethod.GET, path,
					hmac(issuerKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8), learner()), 401));
			cases.add(new Case("a wrong issuer", service, HttpMethod.GET, path,
					signed(learner().issuer("https://evil.example"), issuerKey), 401));
			cases.add(new Case("a wrong audience", service, HttpMethod.GET, path,
					signed(learner().audience("another-platform"), issuerKey), 401));
			cases.add(new Case("another service's own audience", service, HttpMethod.GET, path,
					signed(learner().audience(otherThan(service)), issuerKey), 401));
			cases.add(new Case("expired 90 s ago, beyond the skew", service, HttpMethod.GET, path,
					signed(learner().issueTime(ago(600)).expirationTime(ago(90)), issuerKey), 401));
			cases.add(new Case("not valid for another 90 s", service, HttpMethod.GET, path,
					signed(learner().notBeforeTime(Date.from(Instant.now().plusSeconds(90))), issuerKey), 401));
			cases.add(new Case("a tampered payload (roles raised to admin)", service, HttpMethod.GET, path,
					tampered(signed(learner(), issuerKey)), 401));
			cases.add(new Case("signed by another key under the issuer's kid", service, HttpMethod.GET, path,
					signed(learner(), attackerKey), 401));
			for (String kid : List.of("unknown-key", "../../../../etc/passwd", "' OR '1'='1", "${jndi:ldap://x/a}",
					"a\u0000b", "x".repeat(5000))) {
				cases.add(new Case("kid " + abbreviated(kid), service, HttpMethod.GET, path,
						sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), learner(), attackerKey),
						401));
			}
			cases.add(new Case("a jku header naming the attacker's key set", service, HttpMethod.GET, path,
					sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
						.jwkURL(java.net.URI.create("http://127.0.0.1:9/jwks.json"))
						.build(), learner(), attackerKey),
					401));
			cases.add(new Case("an x5u header naming the attacker's certificate", service, HttpMethod.GET, path,
					sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
						.x509CertURL(java.net.URI.create("http://127.0.0.1:9/cert.pem"))
						.build(), learner(), attackerKey),
					401));
			cases.add(new Case("a jwk header embedding the attacker's key", service, HttpMethod.GET, path, sign(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").jwk(attackerKey.toPublicJWK()).build(),
					learner(), attackerKey), 401));
			cases.add(new Case("no roles claim", service, HttpMethod.GET, path,
					signed(learner().claim("roles", null), issuerKey), 401));
			cases.add(new Case("no subject", service, HttpMethod.GET, path, signed(learner().subject(null), issuerKey),
					401));
			cases.add(new Case("no expiry", service, HttpMethod.GET, path,
					signed(learner().expirationTime(null), issuerKey), 401));
			cases.add(new Case("an ID token of the same issuer", service, HttpMethod.GET, path, idToken, 401));
			cases.add(new Case("an ID token minted for the platform's audience", service, HttpMethod.GET, path,
					signed(learner().claim("at_hash", "x4CkqTVK6NvxSH8P0Qd3vQ").claim("typ", "ID"), issuerKey), 401));
			cases.add(new Case("no token", service, HttpMethod.GET, path, null, 401));
		}

		String learner = signed(learner(), issuerKey);
		for (String[] staffOnly : new String[][] { { "course-service", "POST", "/api/courses" },
				{ "progress-service", "GET", "/api/reports/enrolments" },
				{ "progress-service", "POST", "/api/cohorts" }, { "progress-service", "DELETE", "/api/learners/ana" },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/attendance-completion" },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/quizzes/q/extra-attempts" },
				{ "certificate-service", "GET", "/api/certificates" },
				{ "certificate-service", "POST", "/api/certificates/" + anaCertificate + "/revocation" },
				{ "certificate-service", "POST", "/api/certificates/approvals" },
				{ "certificate-service", "POST", "/api/issuer/keys/rotation" } }) {
			cases.add(new Case("a learner on a staff endpoint", staffOnly[0], HttpMethod.valueOf(staffOnly[1]),
					staffOnly[2], learner, 403));
		}
		cases.add(new Case("a coordinator on an admin endpoint", "progress-service", HttpMethod.DELETE,
				"/api/learners/ana", signed(coordinator("Ohrid"), issuerKey), 403));
		cases.add(new Case("a coordinator on an admin endpoint", "certificate-service", HttpMethod.POST,
				"/api/issuer/keys/rotation", signed(coordinator("Ohrid"), issuerKey), 403));

		String elsewhere = signed(coordinator("Tirana"), issuerKey);
		cases.add(new Case("a coordinator outside the municipality (control: inside)", "progress-service",
				HttpMethod.GET, "/api/enrolments/" + anaEnrolment, signed(coordinator("Ohrid"), issuerKey), 200));
		for (String[] outside : new String[][] { { "progress-service", "GET", "/api/enrolments/" + anaEnrolment },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/attendance-completion" },
				{ "progress-service", "POST",
						"/api/enrolments/" + anaEnrolment + "/quizzes/pb-cycle-quiz/extra-attempts" },
				{ "certificate-service", "GET", "/api/certificates/" + anaCertificate },
				{ "certificate-service", "GET", "/api/certificates/" + anaCertificate + "/pdf" },
				{ "certificate-service", "POST", "/api/certificates/" + anaCertificate + "/suspension" },
				{ "certificate-service", "POST", "/api/certificates/" + anaCertificate + "/revocation" },
				{ "certificate-service", "POST", "/api/certificates/" + anaCertificate + "/name-correction" },
				{ "certificate-service", "POST", "/api/certificates/" + anaCertificate + "/approval" } }) {
			cases.add(new Case("a coordinator outside the municipality", outside[0], HttpMethod.valueOf(outside[1]),
					outside[2], elsewhere, 404));
		}

		// A reach wider than a municipality is the token's to grant, but only as far as
		// it
		// says: another country's coordinator, or a country that is no country, sees
		// nothing.
		cases.add(new Case("a country-wide coordinator of the learner's country (control)", "progress-service",
				HttpMethod.GET, "/api/enrolments/" + anaEnrolment,
				signed(coordinator("Skopje").claim("country", "MK").claim("coordinator_scope", "country"), issuerKey),
				200));
		cases.add(new Case("a country-wide coordinator of the learner's country (control)", "certificate-service",
				HttpMethod.GET, "/api/certificates/" + anaCertificate,
				signed(coordinator("Skopje").claim("country", "mk").claim("coordinator_scope", "country"), issuerKey),
				200));
		cases.add(new Case("a coordinator whose reach is everything (control)", "certificate-service", HttpMethod.GET,
				"/api/certificates/" + anaCertificate,
				signed(coordinator("Tirana").claim("coordinator_scope", "all"), issuerKey), 200));
		Map<String, String> outOfReach = new LinkedHashMap<>();
		outOfReach.put("a country-wide coordinator of another country",
				signed(coordinator("Tirana").claim("country", "AL").claim("coordinator_scope", "country"), issuerKey));
		outOfReach.put("a country-wide coordinator whose country is a wildcard",
				signed(coordinator("Tirana").claim("country", "*").claim("coordinator_scope", "country"), issuerKey));
		outOfReach.put("a country-wide coordinator whose country is an injection", signed(
				coordinator("Tirana").claim("country", Map.of("$ne", "AL")).claim("coordinator_scope", "country"),
				issuerKey));
		outOfReach.put("a coordinator whose reach is misspelt",
				signed(coordinator("Tirana").claim("country", "MK").claim("coordinator_scope", "al l"), issuerKey));
		outOfReach.put("a learner whose token claims a reach of everything",
				signed(claims("marko", List.of("learner"), "Kragujevac").claim("coordinator_scope", "all"), issuerKey));
		for (Map.Entry<String, String> attacker : outOfReach.entrySet()) {
			for (String[] target : new String[][] { { "progress-service", "/api/enrolments/" + anaEnrolment },
					{ "certificate-service", "/api/certificates/" + anaCertificate } }) {
				cases.add(new Case(attacker.getKey(), target[0], HttpMethod.GET, target[1], attacker.getValue(), 404));
			}
		}

		for (String[] someoneElses : new String[][] { { "progress-service", "GET", "/api/enrolments/" + anaEnrolment },
				{ "progress-service", "POST",
						"/api/enrolments/" + anaEnrolment + "/lessons/pb-rules-and-budget/completion" },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/quizzes/pb-cycle-quiz/attempts" },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/withdrawal" },
				{ "progress-service", "POST", "/api/enrolments/" + anaEnrolment + "/version-move" },
				{ "certificate-service", "GET", "/api/certificates/" + anaCertificate },
				{ "certificate-service", "GET", "/api/certificates/" + anaCertificate + "/pdf" },
				{ "certificate-service", "GET", "/api/certificates/" + anaCertificate + "/credential" } }) {
			cases.add(new Case("another learner's id", someoneElses[0], HttpMethod.valueOf(someoneElses[1]),
					someoneElses[2], marko, 404));
		}

		System.out.printf("Attack suite: %d cases against %d services%n", cases.size(), SERVICES.size());
		return cases.stream().map((attack) -> DynamicTest.dynamicTest(attack.toString(), () -> attack.run()));
	}

	/**
	 * Every cell of {@code docs/permissions.md}, called with a token of that column's
	 * role: a refused cell must answer 403 (401 without a token), an allowed one anything
	 * but 401, 403 or a server error. Ids in paths name nothing, so allowed cells answer
	 * 404 or a validation problem; what each role may do on whose data is the attack
	 * cases' business.
	 */
	@TestFactory
	Stream<DynamicTest> thePermissionMatrixHoldsCellForCell() throws Exception {
		List<String> roles = List.of("anonymous", "learner", "author", "coordinator", "admin");
		List<DynamicTest> cells = new ArrayList<>();
		for (String row : Files.readAllLines(permissionMatrix(), StandardCharsets.UTF_8)) {
			List<String> columns = java.util.Arrays.stream(row.split("\\|")).map(String::strip).toList();
			if (columns.size() < 9 || !SERVICES.contains(columns.get(1))) {
				continue;
			}
			HttpMethod method = HttpMethod.valueOf(columns.get(2));
			String path = columns.get(3).replace("{version}", "1").replaceAll("\\{[A-Za-z]+\\}", "matrix-none");
			for (int i = 0; i < roles.size(); i++) {
				String role = roles.get(i);
				String cell = columns.get(4 + i);
				String token = "anonymous".equals(role) ? null
						: signed(claims("matrix-" + role, List.of(role), "Ohrid"), issuerKey);
				String name = columns.get(1) + " " + method + " " + columns.get(3) + " as " + role + ": " + cell;
				cells.add(DynamicTest.dynamicTest(name, () -> {
					Object body = (method == HttpMethod.POST || method == HttpMethod.PUT) ? Map.of() : null;
					int status = call(columns.get(1), method, path, token, body).expectBody()
						.returnResult()
						.getStatus()
						.value();
					if ("—".equals(cell)) {
						assertThat(status).as(name).isEqualTo((token != null) ? 403 : 401);
					}
					else {
						assertThat(status).as(name).isNotIn(401, 403).isLessThan(500);
					}
				}));
			}
		}
		System.out.printf("Permission matrix: %d cells checked%n", cells.size());
		return cells.stream();
	}

	private static Path permissionMatrix() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path matrix = dir.resolve("docs/permissions.md");
			if (Files.exists(matrix)) {
				return matrix;
			}
		}
		throw new IllegalStateException("docs/permissions.md not found above " + Path.of("").toAbsolutePath());
	}

	/** A request, the token it carries, and the status it must get. */
	record Case(String attack, String service, HttpMethod method, String path, String token, int expected) {

		void run() {
			EntityExchangeResult<byte[]> result = call(this.service, this.method, this.path, this.token,
					body(this.method, this.path))
				.expectBody()
				.returnResult();
			assertThat(result.getStatus().value()).as("%s", this).isEqualTo(this.expected);
			if (this.expected >= 400) {
				assertThat(result.getResponseHeaders().getContentType()).as("%s", this)
					.isNotNull()
					.satisfies(
							(type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
			}
		}

		/**
		 * Bodies that would be valid, so that only the access decision can refuse them.
		 */
		private static Object body(HttpMethod method, String path) {
			if (method != HttpMethod.POST) {
				return null;
			}
			if (path.endsWith("/attempts")) {
				return Map.of("answers", Map.of());
			}
			if (path.endsWith("/extra-attempts")) {
				return Map.of("count", 1);
			}
			if (path.endsWith("/version-move")) {
				return Map.of("version", 2);
			}
			if (path.endsWith("/name-correction")) {
				return Map.of("name", "Someone Else", "reason", "Attack");
			}
			return Map.of("reason", "Attack");
		}

		@Override
		public String toString() {
			return this.service + " " + this.method + " " + abbreviated(this.path) + ": " + this.attack + " -> "
					+ this.expected;
		}

	}

	static WebTestClient.ResponseSpec call(String service, HttpMethod method, String path, String token, Object body) {
		WebTestClient.RequestBodySpec request = WebTestClient.bindToServer()
			.baseUrl(stack.url(service))
			.responseTimeout(Duration.ofSeconds(20))
			.build()
			.method(method)
			.uri(path)
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			});
		return (body != null) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: request.exchange();
	}

	private static JWTClaimsSet.Builder learner() {
		return claims("ana", List.of("learner"), "Ohrid");
	}

	private static JWTClaimsSet.Builder coordinator(String municipality) {
		return claims("coordinator-" + municipality.toLowerCase(), List.of("coordinator"), municipality);
	}

	private static JWTClaimsSet.Builder claims(String subject, List<String> roles, String municipality) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(stack.issuer())
			.subject(subject)
			.audience("agora-academy")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString())
			.claim("roles", roles)
			.claim("name", "Ana Petrovska")
			.claim("municipality", municipality)
			.claim("locale", "mk");
	}

	private static String signed(JWTClaimsSet.Builder claims, RSAKey key) throws Exception {
		return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims, key);
	}

	private static String sign(JWSHeader header, JWTClaimsSet.Builder claims, RSAKey key) throws Exception {
		SignedJWT jwt = new SignedJWT(header, claims.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static String hmac(byte[] secret, JWTClaimsSet.Builder claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuerKey.getKeyID()).build(),
				claims.build());
		jwt.sign(new MACSigner(secret));
		return jwt.serialize();
	}

	private static String unsigned(String alg, JWTClaimsSet.Builder claims) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", alg);
		header.put("typ", "JWT");
		return encode(tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(header)) + "."
				+ encode(claims.build().toString()) + ".";
	}

	private static String tampered(String token) {
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"learner\"", "\"admin\"");
		return parts[0] + "." + encode(payload) + "." + parts[2];
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static Date ago(int seconds) {
		return Date.from(Instant.now().minusSeconds(seconds));
	}

	private static String otherThan(String service) {
		return SERVICES.stream().filter((other) -> !other.equals(service)).findFirst().orElseThrow();
	}

	static String abbreviated(String text) {
		String printable = text.replace("\u0000", "\\0");
		return (printable.length() > 60) ? printable.substring(0, 57) + "..." : printable;
	}

}
