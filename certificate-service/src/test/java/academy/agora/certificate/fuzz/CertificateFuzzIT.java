package academy.agora.certificate.fuzz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.Completion;
import academy.agora.testsupport.TestInfrastructure;
import academy.agora.testsupport.fuzz.Fuzzer;
import academy.agora.testsupport.fuzz.MongoState;
import academy.agora.testsupport.fuzz.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the certificate service, sent malformed requests through the
 * application's whole WebFlux and Spring Security chain: no answer may be a 5xx, every
 * 4xx is a problem, and a refused request changes nothing stored. Each endpoint works on
 * its own certificate, so that one endpoint's accepted cases do not decide what the next
 * one answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=certificate-service",
				"spring.kafka.consumer.group-id=certificate-service-fuzz-it" })
@DirtiesContext
class CertificateFuzzIT {

	private static final String MUNICIPALITY = "Ohrid";

	/** Each accepted rotation makes a key pair; a few show that junk is ignored. */
	private static final int ROTATIONS = 20;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.get().registerProperties(registry, "certificate-fuzz-it");
	}

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CertificateIssuing issuing;

	@Autowired
	private ReactiveMongoTemplate mongo;

	private WebTestClient client;

	private final JwtMutator coordinator = user("goran-" + UUID.randomUUID(), "coordinator", MUNICIPALITY);

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToApplicationContext(this.context)
			.apply(SecurityMockServerConfigurers.springSecurity())
			.configureClient()
			.build();
	}

	@TestFactory
	Stream<DynamicTest> everyWriteEndpoint() {
		Fuzzer fuzzer = new Fuzzer("certificate-service", this.client, MongoState.of(this.mongo, "certificates"));
		String suspended = issued(false);
		this.client.mutateWith(this.coordinator)
			.post()
			.uri("/api/certificates/{id}/suspension", suspended)
			.bodyValue(Map.of("reason", "Under review"))
			.exchange()
			.expectStatus()
			.isOk();
		Map<String, String> reason = Map.of("reason", "The enrolment was recorded twice");
		List<WriteEndpoint> endpoints = List.of(
				WriteEndpoint.post("/api/certificates/{id}/approval")
					.as(this.coordinator)
					.id("id", issued(true))
					.bogusIdsOnly(),
				WriteEndpoint.post("/api/certificates/{id}/suspension")
					.as(this.coordinator)
					.id("id", issued(false))
					.body(reason),
				WriteEndpoint.post("/api/certificates/{id}/reinstatement")
					.as(this.coordinator)
					.id("id", suspended)
					.body(reason),
				WriteEndpoint.post("/api/certificates/{id}/revocation")
					.as(this.coordinator)
					.id("id", issued(false))
					.body(reason),
				WriteEndpoint.post("/api/certificates/{id}/name-correction")
					.as(this.coordinator)
					.id("id", issued(false))
					.body(Map.of("name", "Ана Трајковска", "reason", "Misspelt")),
				// A coordinator of another municipality: what an accepted request
				// approves
				// is out of their scope, so that a job it starts changes nothing.
				WriteEndpoint.post("/api/certificates/approvals")
					.as(user("ivana-" + UUID.randomUUID(), "coordinator", "Bitola"))
					.body(Map.of("certificateIds", List.of(issued(true)))),
				WriteEndpoint.post("/api/issuer/keys/rotation")
					.as(user("admin-" + UUID.randomUUID(), "admin", null))
					.cases(ROTATIONS));
		return Stream.concat(
				endpoints.stream()
					.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
							() -> assertThat(fuzzer.run(endpoint)).isEmpty())),
				Stream.of(DynamicTest.dynamicTest("total", fuzzer::printTotal)));
	}

	private String issued(boolean approvalRequired) {
		String learner = "learner-" + UUID.randomUUID();
		Completion completion = new Completion("enrolment-" + UUID.randomUUID(), learner, "Ана Трајковска",
				MUNICIPALITY, null, null, "course-" + UUID.randomUUID(), 1, "Running a civic lottery",
				Map.of("en", "Running a civic lottery"), "en", 6, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				approvalRequired, null);
		return this.issuing.issue(completion).block().certificate().id();
	}

	private static JwtMutator user(String subject, String role, String municipality) {
		return SecurityMockServerConfigurers.mockJwt().jwt((jwt) -> {
			jwt.subject(subject).claim("roles", List.of(role));
			if (municipality != null) {
				jwt.claim("municipality", municipality);
			}
		}).authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
