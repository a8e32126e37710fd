package academy.agora.certificate.credential.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.certificate.credential.domain.IssuerKey;
import academy.agora.certificate.credential.domain.IssuerKeys;
import academy.agora.testsupport.TestInfrastructure;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.nimbusds.jose.jwk.JWK;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer keys on a MongoDB-wire server, as replicas and restarts share them.
 */
class MongoIssuerKeysIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final CredentialLinks LINKS = new CredentialLinks("https://certificates.agora.academy");

	private static MongoClient client;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.get().mongoUri("admin"));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void replicasStartingTogetherConvergeOnOneKey() {
		ReactiveMongoTemplate database = freshDatabase();
		IssuerKeys one = replica(database);
		IssuerKeys other = replica(database);

		List<IssuerKey> active = Mono
			.zip(one.active().subscribeOn(Schedulers.parallel()), other.active().subscribeOn(Schedulers.parallel()))
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block(TIMEOUT);

		assertThat(active.get(0)).isEqualTo(active.get(1));
		assertThat(database.count(new Query(), MongoIssuerKeys.COLLECTION).block(TIMEOUT)).isOne();
	}

	@Test
	void aGenerationIsStoredOnceWhicheverReplicaCreatedItFirst() {
		IssuerKey one = replica(freshDatabase()).active().block(TIMEOUT);
		IssuerKey other = replica(freshDatabase()).active().block(TIMEOUT);
		MongoIssuerKeys store = new MongoIssuerKeys(freshDatabase());

		assertThat(store.insertIfAbsent(one).block(TIMEOUT)).isTrue();
		assertThat(store.insertIfAbsent(other).block(TIMEOUT)).isFalse();
		assertThat(store.latest().block(TIMEOUT)).isEqualTo(one);
	}

	@Test
	void aRestartFindsTheSameKeysAndRotationsAreKept() {
		ReactiveMongoTemplate database = freshDatabase();
		IssuerKey first = replica(database).active().block(TIMEOUT);

		assertThat(replica(database).active().block(TIMEOUT)).isEqualTo(first);

		IssuerKey second = replica(database).rotate().block(TIMEOUT);
		IssuerKeys afterRestart = replica(database);
		assertThat(afterRestart.active().block(TIMEOUT)).isEqualTo(second);
		assertThat(afterRestart.published().block(TIMEOUT).getKeys()).extracting(JWK::getKeyID)
			.containsExactly(first.keyId(), second.keyId());
	}

	@Test
	void aKeyIsStoredAsJwkJsonUnderItsGeneration() {
		ReactiveMongoTemplate database = freshDatabase();
		IssuerKey key = replica(database).active().block(TIMEOUT);

		Document stored = database.findById(1, Document.class, MongoIssuerKeys.COLLECTION).block(TIMEOUT);

		assertThat(stored).containsEntry("kid", key.keyId()).containsKey("createdAt");
		assertThat(stored.getString("jwk")).contains("\"d\"").contains(key.keyId());
	}

	private static ReactiveMongoTemplate freshDatabase() {
		return new ReactiveMongoTemplate(client, "issuer-keys-it-" + UUID.randomUUID());
	}

	private static IssuerKeys replica(ReactiveMongoTemplate database) {
		return new IssuerKeys(new MongoIssuerKeys(database), LINKS, Clock.systemUTC());
	}

}
