package academy.agora.certificate.credential.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import academy.agora.certificate.credential.domain.AchievementClaim;
import academy.agora.certificate.credential.domain.AchievementCredentials;
import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusLists;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.certificate.credential.domain.StatusSource;
import academy.agora.testsupport.TestInfrastructure;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The credential endpoints of the running service, over real HTTP. Credentials are
 * verified with jose4j, a JOSE library that shares no code with the signing side
 * (nimbus-jose-jwt), from nothing but the key set URL: as a verifier elsewhere would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.config.name=certificate-service",
		// No completions arrive in this test; and listening would take partitions
		// of the shared consumer group from other test classes' contexts.
		"spring.kafka.listener.auto-startup=false" })
@AutoConfigureWebTestClient
@DirtiesContext
class CredentialEndpointsIT {

	private static final String DATABASE = "certificate-credential-it-" + UUID.randomUUID();

	private static final String ISSUER = "http://localhost:8083/api/issuer";

	private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

	@Autowired
	private WebTestClient http;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AchievementCredentials credentials;

	@Autowired
	private StatusLists statusLists;

	@Autowired
	private Statuses statuses;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, DATABASE);
	}

	@Test
	void aCredentialVerifiesWithAnIndependentJoseLibraryFromThePublishedKeySetAlone() throws Exception {
		AchievementClaim claim = claim();
		String jwt = this.credentials.issue(claim).block();

		JwtClaims claims = verifier().processToClaims(jwt);

		assertThat(claims.getIssuer()).isEqualTo(ISSUER);
		assertThat(claims.getJwtId())
			.isEqualTo("http://localhost:8083/api/certificates/" + claim.certificateId() + "/credential");
		assertThat(claims.getSubject()).startsWith("urn:uuid:");
		assertThat(claims.getNotBefore().getValue()).isEqualTo(claim.issuedAt().getEpochSecond());
		assertThat(claims.getStringListClaimValue("type")).containsExactly("VerifiableCredential",
				"OpenBadgeCredential");
		assertThatExceptionOfType(InvalidJwtException.class)
			.isThrownBy(() -> verifier().processToClaims(tampered(jwt)));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aStatusListIsASignedCredentialWhoseBitsFollowTheCertificates() throws Exception {
		StatusEntry revocation = this.statusLists.allocate(StatusPurpose.REVOCATION).block();
		StatusEntry other = this.statusLists.allocate(StatusPurpose.REVOCATION).block();
		this.statuses.revoked.add(revocation.index());

		String jwt = this.http.get()
			.uri("/api/status-lists/{listId}", revocation.listId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/vc+jwt")
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (value) -> assertThat(value).contains("max-age=60"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		JwtClaims claims = verifier().processToClaims(jwt);
		assertThat(claims.getClaimValue("type"))
			.isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
		Map<String, Object> list = (Map<String, Object>) claims.getClaimValue("credentialSubject");
		assertThat(list).containsEntry("statusPurpose", "revocation").containsEntry("type", "BitstringStatusList");
		byte[] bits = expand((String) list.get("encodedList"));
		assertThat(bits.length).isGreaterThanOrEqualTo(16384);
		assertThat(isSet(bits, revocation.index())).isTrue();
		assertThat(isSet(bits, other.index())).isFalse();
	}

	@Test
	void anUnknownStatusListIsANotFoundProblem() {
		this.http.get()
			.uri("/api/status-lists/{listId}", "revocation-999")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://agora.academy/problems/status-list-not-found");
	}

	@Test
	void theKeySetAndEachKeyArePublicAndCarryNoPrivatePart() {
		Map<String, Object> keySet = this.http.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/jwk-set+json")
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> keys = (List<Map<String, Object>>) keySet.get("keys");
		assertThat(keys).isNotEmpty().allSatisfy((key) -> {
			assertThat(key.keySet()).doesNotContainAnyElementsOf(PRIVATE_MEMBERS);
			String kid = (String) key.get("kid");
			assertThat(kid).startsWith("http://localhost:8083/api/issuer/keys/");
			this.http.get()
				.uri(URI.create(kid).getPath())
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType("application/jwk+json")
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.isEqualTo(key);
		});
		this.http.get()
			.uri("/api/issuer/keys/{thumbprint}", "no-such-key")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theIssuerProfileIsPublic() {
		this.http.get()
			.uri("/api/issuer")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(ISSUER)
			.jsonPath("$.type[0]")
			.isEqualTo("Profile")
			.jsonPath("$.name")
			.isEqualTo("Agora Academy")
			.jsonPath("$.url")
			.isEqualTo("http://localhost:8083");
	}

	@Test
	void onlyAnAdministratorRotatesTheKeyAndEarlierCredentialsStillVerify() throws Exception {
		String before = this.credentials.issue(claim()).block();
		this.http.post()
			.uri("/api/issuer/keys/rotation")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		signedIn("learner").post()
			.uri("/api/issuer/keys/rotation")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		String kid = signedIn("admin").post()
			.uri("/api/issuer/keys/rotation")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("kid")
			.toString();
		String after = this.credentials.issue(claim()).block();

		assertThat(header(after)).containsEntry("kid", kid);
		assertThat(header(before).get("kid")).isNotEqualTo(kid);
		assertThat(verifier().processToClaims(before).getIssuer()).isEqualTo(ISSUER);
		assertThat(verifier().processToClaims(after).getIssuer()).isEqualTo(ISSUER);
	}

	/**
	 * A verifier that knows nothing but the key set's URL.
	 */
	private JwtConsumer verifier() {
		HttpsJwks keySet = new HttpsJwks("http://localhost:" + this.port + "/.well-known/jwks.json");
		return new JwtConsumerBuilder().setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keySet))
			.setJwsAlgorithmConstraints(
					new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256))
			.setExpectedIssuer(ISSUER)
			.setRequireJwtId()
			.setRequireNotBefore()
			.setRequireSubject()
			.build();
	}

	private WebTestClient signedIn(String role) {
		return WebTestClient.bindToApplicationContext(this.context)
			.apply(springSecurity())
			.configureClient()
			.build()
			.mutateWith(
					mockJwt().jwt((jwt) -> jwt.subject("someone-" + UUID.randomUUID()).claim("roles", List.of(role)))
						.authorities(new SimpleGrantedAuthority("ROLE_" + role)));
	}

	private AchievementClaim claim() {
		List<StatusEntry> status = List.of(this.statusLists.allocate(StatusPurpose.REVOCATION).block(),
				this.statusLists.allocate(StatusPurpose.SUSPENSION).block());
		return new AchievementClaim(UUID.randomUUID().toString(), "learner-" + UUID.randomUUID(), "Ana Petrović",
				"course-" + UUID.randomUUID(), 3, "Running a civic lottery", null, null,
				Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS), status);
	}

	private static String tampered(String jwt) {
		String[] parts = jwt.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("Ana Petrović", "Ana Petrovič");
		return parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> header(String jwt) {
		return tools.jackson.databind.json.JsonMapper.shared()
			.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), Map.class);
	}

	private static byte[] expand(String encodedList) throws IOException {
		assertThat(encodedList).startsWith("u");
		try (GZIPInputStream gunzip = new GZIPInputStream(
				new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
			return gunzip.readAllBytes();
		}
	}

	private static boolean isSet(byte[] bits, int index) {
		return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
	}

	/**
	 * Stands in for the certificate store: the revoked certificates' indexes, whatever
	 * their list.
	 */
	static class Statuses implements StatusSource {

		final Set<Integer> revoked = ConcurrentHashMap.newKeySet();

		@Override
		public Flux<Integer> setIndexes(StatusPurpose purpose, String listId) {
			return (purpose == StatusPurpose.REVOCATION) ? Flux.fromIterable(Set.copyOf(this.revoked)) : Flux.empty();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StatusSourceConfig {

		/** Takes the place of the certificate store's bits, for this test only. */
		@Bean
		@Primary
		Statuses statuses() {
			return new Statuses();
		}

	}

}
