package academy.agora.support.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/keycloak/agora-realm.json} against the services' security, without a
 * Keycloak: the realm file must say what the services need, and an access token shaped as
 * Keycloak 26 issues it from this realm must be accepted by the shared security
 * configuration, pointed at Keycloak the way {@code docker-compose.yml} points it (issuer
 * and key set through {@code OAUTH2_ISSUER_URI} and {@code OAUTH2_JWK_SET_URI}). The keys
 * come over real HTTP from where Keycloak publishes them, and the tokens are sent over
 * real HTTP to a service built from {@link ResourceServerSecurity}.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.config.import=classpath:agora-service-defaults.yml", "OAUTH2_ISSUER_URI=" + KeycloakRealmTests.ISSUER })
class KeycloakRealmTests {

	static final String ISSUER = "http://localhost:8180/realms/agora";

	private static final String CERTS_PATH = "/realms/agora/protocol/openid-connect/certs";

	private static final Set<String> ROLES = Set.of("learner", "author", "coordinator", "admin");

	private static final JsonNode realm = readRealm();

	private static final RSAKey signingKey = rsaKey(KeyUse.SIGNATURE);

	// Keycloak publishes an encryption key next to the signing key; the services must
	// pick the one the token names.
	private static final RSAKey encryptionKey = rsaKey(KeyUse.ENCRYPTION);

	private static final HttpServer keycloak = serveKeys();

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@DynamicPropertySource
	static void keycloakKeys(DynamicPropertyRegistry registry) {
		registry.add("OAUTH2_JWK_SET_URI", () -> "http://localhost:" + keycloak.getAddress().getPort() + CERTS_PATH);
	}

	@AfterAll
	static void stopKeycloak() {
		keycloak.stop(0);
	}

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void theRealmDefinesTheRolesAndTheClientsMapTheClaimsTheServicesRead() {
		assertThat(realm.path("realm").asString()).isEqualTo("agora");
		assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
		assertThat(names(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(ROLES);
		// Declaring any client scope would stop Keycloak from creating its built-in ones,
		// and with them the "basic" scope that writes "sub".
		assertThat(realm.has("clientScopes")).isFalse();
		assertThat(names(realm.path("clients"), "clientId")).containsExactlyInAnyOrder("agora-web", "agora-cli");
		for (JsonNode client : realm.path("clients")) {
			String clientId = client.path("clientId").asString();
			assertThat(client.path("publicClient").asBoolean()).as(clientId).isTrue();
			assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(clientId).isFalse();
			assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).as(clientId)
				.isEqualTo("S256");
			assertThat(mapper(client, "oidc-usermodel-realm-role-mapper", null)).as(clientId)
				.containsEntry("claim.name", "roles")
				.containsEntry("multivalued", "true")
				.containsEntry("jsonType.label", "String")
				.containsEntry("access.token.claim", "true")
				.containsEntry("userinfo.token.claim", "true");
			for (String attribute : List.of("municipality", "country", "coordinator_scope", "locale")) {
				assertThat(mapper(client, "oidc-usermodel-attribute-mapper", attribute)).as(clientId)
					.containsEntry("claim.name", attribute)
					.containsEntry("jsonType.label", "String")
					.containsEntry("access.token.claim", "true");
			}
			assertThat(mapper(client, "oidc-full-name-mapper", null)).as(clientId)
				.containsEntry("access.token.claim", "true");
			assertThat(mapper(client, "oidc-audience-mapper", null)).as(clientId)
				.containsEntry("included.custom.audience", "agora-academy")
				.containsEntry("access.token.claim", "true");
			// Without full scope, a role reaches tokens only through a scope mapping.
			assertThat(client.path("fullScopeAllowed").asBoolean()).as(clientId).isFalse();
			assertThat(scopedRoles(clientId)).as(clientId).containsExactlyInAnyOrderElementsOf(ROLES);
		}
	}

	@Test
	void theDemoUsersAreMarkedAsSuchAndCarryRolesMunicipalityAndLocale() {
		assertThat(realm.path("displayName").asString()).contains("DEMO");
		assertThat(names(realm.path("groups"), "name")).contains("demo-accounts");
		List<String> supportedLocales = names(realm.path("supportedLocales"), null);
		// Keycloak keeps only attributes its user profile manages: municipality is
		// declared there, locale is managed once internationalisation is on.
		assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
		assertThat(realm.path("components")
			.path("org.keycloak.userprofile.UserProfileProvider")
			.path(0)
			.path("config")
			.path("kc.user.profile.config")
			.path(0)
			.asString())
			.contains("\"name\":\"municipality\"", "\"name\":\"country\"", "\"name\":\"coordinator_scope\"");
		assertThat(names(realm.path("users"), "username")).containsExactlyInAnyOrder("ana", "marko", "elira", "ivana",
				"dragan", "admin");
		for (JsonNode user : realm.path("users")) {
			String username = user.path("username").asString();
			assertThat(names(user.path("groups"), null)).as(username).containsExactly("/demo-accounts");
			assertThat(names(user.path("realmRoles"), null)).as(username).isNotEmpty().isSubsetOf(ROLES);
			assertThat(user.path("attributes").path("locale").path(0).asString()).as(username).isIn(supportedLocales);
			if (!username.equals("admin")) {
				assertThat(user.path("attributes").path("municipality").path(0).asString()).as(username).isNotBlank();
				assertThat(user.path("attributes").path("country").path(0).asString()).as(username).matches("[A-Z]{2}");
			}
			// Fixed, so that a re-import keeps every learner's records theirs.
			assertThat(UUID.fromString(user.path("id").asString())).as(username).isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ana", "marko", "elira", "ivana", "dragan", "admin" })
	void eachDemoUsersTokenIsAcceptedWithTheirRolesAndProfile(String username) {
		JsonNode user = user(username);
		Map<String, Object> me = me(accessToken(keycloakClaims(user, "agora-web")));

		assertThat(me).containsEntry("name", user.path("id").asString())
			.containsEntry("displayName", user.path("firstName").asString() + " " + user.path("lastName").asString())
			.containsEntry("municipality", user.path("attributes").path("municipality").path(0).asString(null))
			.containsEntry("locale", user.path("attributes").path("locale").path(0).asString())
			.containsEntry("country", user.path("attributes").path("country").path(0).asString(null))
			.containsEntry("reach",
					user.path("attributes").path("coordinator_scope").path(0).asString("municipality").toUpperCase());
		assertThat(roleAuthorities(me)).containsExactlyInAnyOrderElementsOf(
				names(user.path("realmRoles"), null).stream().map("ROLE_"::concat).toList());
	}

	@Test
	void aCoordinatorFromKeycloakIsACoordinatorToTheServices() {
		Map<String, Object> claims = keycloakClaims(user("ivana"), "agora-cli");
		this.client.get()
			.uri("/coordination")
			.headers((headers) -> headers.setBearerAuth(accessToken(claims)))
			.exchange()
			.expectStatus()
			.isOk();
	}

	/**
	 * Keycloak's own {@code realm_access.roles} is not what the services read: without
	 * the roles mapper the token lacks the {@code roles} claim every rule relies on, and
	 * is refused outright.
	 */
	@Test
	void withoutTheRolesMapperKeycloaksOwnRealmAccessRolesAreRefused() {
		Map<String, Object> claims = keycloakClaims(user("ivana"), "agora-web");
		claims.remove("roles");
		assertThat(claims).containsEntry("realm_access", Map.of("roles", List.of("coordinator")));

		expectRefused(claims);
	}

	@Test
	void withoutTheAudienceMapperOrFromAnotherIssuerTheTokenIsRefused() {
		Map<String, Object> withoutAudience = keycloakClaims(user("ana"), "agora-web");
		withoutAudience.remove("aud");
		expectRefused(withoutAudience);

		// What a token requested through another host name than the configured issuer
		// carries; the README tells how to keep the two equal.
		Map<String, Object> otherIssuer = keycloakClaims(user("ana"), "agora-web");
		otherIssuer.put("iss", "http://keycloak:8080/realms/agora");
		expectRefused(otherIssuer);
	}

	private void expectRefused(Map<String, Object> claims) {
		this.client.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(accessToken(claims)))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private Map<String, Object> me(String token) {
		return this.client.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> roleAuthorities(Map<String, Object> me) {
		return ((List<String>) me.get("authorities")).stream()
			.filter((authority) -> authority.startsWith("ROLE_"))
			.toList();
	}

	/**
	 * The access token Keycloak 26 issues to a user of this realm who signed in through a
	 * client: what it always writes, what its built-in default client scopes add
	 * ({@code basic}, {@code profile}, {@code email}, {@code roles}, {@code acr},
	 * {@code web-origins}), and what the client's own mappers in the realm file add.
	 * Unknown mappers fail the test, so that this stays a faithful reading of the file.
	 * The shape is the one Keycloak 26.7.3 issued after importing this file (through the
	 * password grant, switched on for that check only): the same claims in the same form,
	 * only signed with another key.
	 */
	private static Map<String, Object> keycloakClaims(JsonNode user, String clientId) {
		JsonNode client = client(clientId);
		List<String> roles = names(user.path("realmRoles"), null).stream()
			.filter(scopedRoles(clientId)::contains)
			.toList();
		long now = Instant.now().getEpochSecond();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("exp", now + realm.path("accessTokenLifespan").asLong());
		claims.put("iat", now);
		claims.put("jti", "onrtro:" + UUID.randomUUID());
		claims.put("iss", ISSUER);
		claims.put("aud", List.of());
		claims.put("sub", user.path("id").asString());
		claims.put("typ", "Bearer");
		claims.put("azp", clientId);
		claims.put("sid", "1IemKMO-E6ufo7QP5MiiFbXg");
		claims.put("acr", "1");
		claims.put("allowed-origins",
				names(client.path("redirectUris"), null).stream()
					.map(URI::create)
					.map((uri) -> uri.getScheme() + "://" + uri.getAuthority())
					.distinct()
					.toList());
		claims.put("realm_access", Map.of("roles", roles));
		claims.put("scope", "openid profile email");
		claims.put("email_verified", false);
		List<String> audiences = new ArrayList<>();
		for (JsonNode mapper : client.path("protocolMappers")) {
			JsonNode config = mapper.path("config");
			if (!config.path("access.token.claim").asBoolean()) {
				continue;
			}
			switch (mapper.path("protocolMapper").asString()) {
				case "oidc-usermodel-realm-role-mapper" -> claims.put(config.path("claim.name").asString(), roles);
				case "oidc-usermodel-attribute-mapper" -> {
					// Keycloak leaves out a claim whose attribute the user does not have.
					JsonNode value = user.path("attributes").path(config.path("user.attribute").asString()).path(0);
					if (!value.isMissingNode()) {
						claims.put(config.path("claim.name").asString(), value.asString());
					}
				}
				case "oidc-full-name-mapper" ->
					claims.put("name", user.path("firstName").asString() + " " + user.path("lastName").asString());
				case "oidc-audience-mapper" -> audiences.add(config.path("included.custom.audience").asString());
				default -> throw new IllegalStateException("Unexpected mapper " + mapper);
			}
		}
		claims.put("preferred_username", user.path("username").asString());
		claims.put("given_name", user.path("firstName").asString());
		claims.put("family_name", user.path("lastName").asString());
		if (audiences.isEmpty()) {
			claims.remove("aud");
		}
		else {
			// Keycloak writes a single audience as a string.
			claims.put("aud", (audiences.size() == 1) ? audiences.get(0) : audiences);
		}
		return claims;
	}

	private static String accessToken(Map<String, Object> claims) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
			.keyID(signingKey.getKeyID())
			.build();
		JWSObject jws = new JWSObject(header, new Payload(claims));
		try {
			jws.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jws.serialize();
	}

	private static Map<String, String> mapper(JsonNode client, String type, String userAttribute) {
		List<JsonNode> found = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
			.filter((mapper) -> mapper.path("protocolMapper").asString().equals(type))
			.filter((mapper) -> userAttribute == null
					|| userAttribute.equals(mapper.path("config").path("user.attribute").asString()))
			.toList();
		assertThat(found).as(type + " " + userAttribute).hasSize(1);
		Map<String, String> config = new LinkedHashMap<>();
		found.get(0)
			.path("config")
			.properties()
			.forEach((entry) -> config.put(entry.getKey(), entry.getValue().asString()));
		return config;
	}

	private static List<String> scopedRoles(String clientId) {
		return StreamSupport.stream(realm.path("scopeMappings").spliterator(), false)
			.filter((mapping) -> mapping.path("client").asString().equals(clientId))
			.flatMap((mapping) -> names(mapping.path("roles"), null).stream())
			.toList();
	}

	private static JsonNode client(String clientId) {
		return find(realm.path("clients"), "clientId", clientId);
	}

	private static JsonNode user(String username) {
		return find(realm.path("users"), "username", username);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		return StreamSupport.stream(array.spliterator(), false)
			.filter((node) -> node.path(field).asString().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + field + " " + value));
	}

	private static List<String> names(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false)
			.map((node) -> ((field != null) ? node.path(field) : node).asString())
			.toList();
	}

	private static JsonNode readRealm() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("deploy/keycloak/agora-realm.json");
			if (Files.isRegularFile(file)) {
				return JsonMapper.builder().build().readTree(file.toFile());
			}
		}
		throw new IllegalStateException(
				"deploy/keycloak/agora-realm.json not found above " + Path.of("").toAbsolutePath());
	}

	private static RSAKey rsaKey(KeyUse use) {
		try {
			return new RSAKeyGenerator(2048).keyUse(use)
				.keyID(UUID.randomUUID().toString())
				.algorithm((use == KeyUse.SIGNATURE) ? JWSAlgorithm.RS256 : JWEAlgorithm.RSA_OAEP)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Serves the public keys as Keycloak does, at the realm's certificates endpoint.
	 */
	private static HttpServer serveKeys() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			byte[] keys = new JWKSet(List.of(signingKey.toPublicJWK(), encryptionKey.toPublicJWK())).toString()
				.getBytes(StandardCharsets.UTF_8);
			server.createContext(CERTS_PATH, (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, keys.length);
				exchange.getResponseBody().write(keys);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
