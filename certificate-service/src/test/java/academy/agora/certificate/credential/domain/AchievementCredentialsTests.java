package academy.agora.certificate.credential.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AchievementCredentialsTests {

	private static final List<StatusEntry> STATUS = List.of(
			new StatusEntry(StatusPurpose.REVOCATION, "revocation-1", 94567),
			new StatusEntry(StatusPurpose.SUSPENSION, "suspension-1", 23452));

	private final Credentials fixture = new Credentials();

	@Test
	@SuppressWarnings("unchecked")
	void aCredentialIsAnOpenBadgeCredentialOfTheCompletedCourseVersion() {
		Map<String, Object> credential = this.fixture.credentials.build(Credentials.claim(STATUS));

		assertThat(credential)
			.containsEntry("@context",
					List.of("https://www.w3.org/ns/credentials/v2",
							"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
			.containsEntry("id",
					"https://certificates.agora.academy/api/certificates/6f1c2b8e-2d3a-4c55-9a0e-5b7d1e9c3f21/credential")
			.containsEntry("type", List.of("VerifiableCredential", "OpenBadgeCredential"))
			.containsEntry("name", "Running a civic lottery")
			// Whole seconds, because a VC-JWT's nbf must equal it.
			.containsEntry("validFrom", "2025-10-20T11:59:58Z")
			.containsEntry("issuer", Map.of("id", "https://certificates.agora.academy/api/issuer", "type",
					List.of("Profile"), "name", "Agora Academy", "url", "https://certificates.agora.academy"));
		Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
		assertThat(subject).containsEntry("type", List.of("AchievementSubject"))
			.containsEntry("name", "Ana Petrović")
			.containsEntry("activityEndDate", "2025-10-20T11:00:00Z");
		assertThat((String) subject.get("id")).matches("urn:uuid:[0-9a-f-]{36}");
		Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
		assertThat(achievement)
			.containsEntry("id", "https://certificates.agora.academy/api/achievements/course-42/versions/3")
			.containsEntry("type", List.of("Achievement"))
			.containsEntry("achievementType", "CertificateOfCompletion")
			.containsEntry("name", "Running a civic lottery")
			.containsEntry("version", "3");
		assertThat((String) achievement.get("description")).contains("Running a civic lottery", "12 hours");
		assertThat((Map<String, Object>) achievement.get("criteria")).containsKey("narrative");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theRecipientIsNamedAndIdentifiedBySaltedHashNeverByTheirAccountId() throws Exception {
		AchievementClaim claim = Credentials.claim(STATUS);
		Map<String, Object> credential = this.fixture.credentials.build(claim);

		List<Map<String, Object>> identifiers = (List<Map<String, Object>>) ((Map<String, Object>) credential
			.get("credentialSubject")).get("identifier");
		String salt = (String) identifiers.get(1).get("salt");
		String expectedHash = "sha256$" + HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256")
				.digest((claim.learnerId() + salt).getBytes(StandardCharsets.UTF_8)));
		assertThat(identifiers).containsExactly(
				Map.of("type", "IdentityObject", "identityType", "name", "hashed", false, "identityHash",
						"Ana Petrović"),
				Map.of("type", "IdentityObject", "identityType", "accountId", "hashed", true, "identityHash",
						expectedHash, "salt", salt));
		assertThat(JsonMapper.shared().writeValueAsString(credential)).doesNotContain(claim.learnerId());
	}

	@Test
	@SuppressWarnings("unchecked")
	void statusEntriesPointToTheirListAndIndex() {
		Map<String, Object> credential = this.fixture.credentials.build(Credentials.claim(STATUS));

		assertThat((List<Map<String, Object>>) credential.get("credentialStatus")).containsExactly(
				Map.of("id", "https://certificates.agora.academy/api/status-lists/revocation-1#94567", "type",
						"BitstringStatusListEntry", "statusPurpose", "revocation", "statusListIndex", "94567",
						"statusListCredential", "https://certificates.agora.academy/api/status-lists/revocation-1"),
				Map.of("id", "https://certificates.agora.academy/api/status-lists/suspension-1#23452", "type",
						"BitstringStatusListEntry", "statusPurpose", "suspension", "statusListIndex", "23452",
						"statusListCredential", "https://certificates.agora.academy/api/status-lists/suspension-1"));
	}

	@Test
	void theVcJwtIsTheCredentialItselfWithTheClaimsOpenBadgesRequires() {
		AchievementClaim claim = Credentials.claim(STATUS);
		Map<String, Object> credential = Credentials.asJson(this.fixture.credentials.build(claim));

		String jwt = this.fixture.credentials.issue(claim).block();

		IssuerKey active = this.fixture.keys.active().block();
		assertThat(Credentials.header(jwt)).containsOnly(entry("alg", "RS256"), entry("typ", "JWT"),
				entry("kid", active.keyId()));
		Map<String, Object> payload = Credentials.payload(jwt);
		assertThat(payload).doesNotContainKey("vc")
			.containsEntry("iss", "https://certificates.agora.academy/api/issuer")
			.containsEntry("jti", credential.get("id"))
			.containsEntry("nbf", 1760961598)
			.containsEntry("sub", ((Map<?, ?>) credential.get("credentialSubject")).get("id"));
		Map<String, Object> withoutClaims = new LinkedHashMap<>(payload);
		withoutClaims.keySet().removeAll(List.of("iss", "jti", "nbf", "sub"));
		assertThat(withoutClaims).isEqualTo(credential);
	}

	@Test
	void theSameCertificateAlwaysYieldsTheSameCredential() {
		AchievementClaim claim = Credentials.claim(STATUS);

		assertThat(this.fixture.credentials.issue(claim).block())
			.isEqualTo(this.fixture.credentials.issue(claim).block());
	}

	@Test
	void aCredentialVerifiesAndATamperedOneDoesNot() {
		String jwt = this.fixture.credentials.issue(Credentials.claim(STATUS)).block();

		assertThat(this.fixture.verifier.verify(jwt).block()).containsEntry("name", "Running a civic lottery");
		String[] parts = jwt.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("Running a civic lottery", "Running a civic lotterz");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		StepVerifier.create(this.fixture.verifier.verify(tampered))
			.expectError(InvalidCredentialException.class)
			.verify();
		StepVerifier.create(this.fixture.verifier.verify(flipOneCharacter(jwt, parts[0].length() + 10)))
			.expectError(InvalidCredentialException.class)
			.verify();
	}

	@Test
	void aCredentialSignedByAnotherKeyDoesNotVerify() {
		Credentials impostor = new Credentials();
		String forged = impostor.credentials.issue(Credentials.claim(STATUS)).block();
		this.fixture.keys.active().block();

		StepVerifier.create(this.fixture.verifier.verify(forged))
			.expectError(InvalidCredentialException.class)
			.verify();
	}

	private static String flipOneCharacter(String jwt, int at) {
		char c = jwt.charAt(at);
		return jwt.substring(0, at) + ((c == 'A') ? 'B' : 'A') + jwt.substring(at + 1);
	}

}
