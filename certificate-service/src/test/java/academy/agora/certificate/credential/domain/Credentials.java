package academy.agora.certificate.credential.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * The credential domain wired over in-memory stores, as the application wires it over
 * MongoDB, and reading a VC-JWT without our code.
 */
final class Credentials {

	static final Instant NOW = Instant.parse("2025-10-20T12:00:00Z");

	static final String BASE = "https://certificates.agora.academy";

	final InMemoryIssuerKeys keyStore = new InMemoryIssuerKeys();

	final InMemoryStatusIndexCounters counters = new InMemoryStatusIndexCounters();

	final CredentialLinks links = new CredentialLinks(BASE + "/");

	final Issuer issuer = new Issuer(this.links.issuer(), "Agora Academy", BASE);

	final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	final IssuerKeys keys = new IssuerKeys(this.keyStore, this.links, this.clock);

	final CredentialSigner signer = new JwtCredentialSigner(this.keys);

	final CredentialVerifier verifier = new CredentialVerifier(this.keys, this.issuer.id());

	final AchievementCredentials credentials = new AchievementCredentials(this.issuer, this.links, this.signer);

	StatusLists statusLists(StatusSource source) {
		return new StatusLists(this.counters, source, this.signer, this.links, this.clock, new Random(42));
	}

	static AchievementClaim claim(List<StatusEntry> status) {
		return new AchievementClaim("6f1c2b8e-2d3a-4c55-9a0e-5b7d1e9c3f21", "learner-7", "Ana Petrović", "course-42", 3,
				"Running a civic lottery", 12, NOW.minusSeconds(3600), NOW.minusMillis(1234), status);
	}

	static Map<String, Object> header(String jwt) {
		return json(jwt.split("\\.")[0]);
	}

	static Map<String, Object> payload(String jwt) {
		return json(jwt.split("\\.")[1]);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(String base64Url) {
		return JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(base64Url), Map.class);
	}

	/**
	 * The same data, as it reads back from JSON (numbers and nesting alike).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> asJson(Map<String, Object> value) {
		return JsonMapper.shared().readValue(JsonMapper.shared().writeValueAsBytes(value), Map.class);
	}

}
