package academy.agora.certificate.credential.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import academy.agora.certificate.credential.domain.CredentialLinks;
import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusIndexCounters.Taken;
import academy.agora.certificate.credential.domain.StatusLists;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.testsupport.TestInfrastructure;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status list positions taken on a MongoDB-wire server by several replicas at once.
 */
class MongoStatusIndexCountersIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
	void concurrentAllocationsOnTwoReplicasNeverShareAnIndex() {
		MongoStatusIndexCounters counters = new MongoStatusIndexCounters(
				new ReactiveMongoTemplate(client, "status-counters-it-" + UUID.randomUUID()));
		// Each replica proposes its own seed; the one kept by the first allocation wins.
		List<StatusLists> replicas = List.of(replica(counters, 1), replica(counters, 2));

		List<StatusEntry> entries = Flux.range(0, 200)
			.flatMap((i) -> replicas.get(i % 2).allocate(StatusPurpose.REVOCATION).subscribeOn(Schedulers.parallel()),
					200)
			.collectList()
			.block(TIMEOUT);

		assertThat(entries).hasSize(200).allSatisfy((entry) -> assertThat(entry.listId()).isEqualTo("revocation-1"));
		assertThat(entries.stream().map(StatusEntry::index).distinct()).hasSize(200);
		assertThat(counters.taken(StatusPurpose.REVOCATION).block(TIMEOUT)).isEqualTo(200);
		assertThat(counters.taken(StatusPurpose.SUSPENSION).block(TIMEOUT)).isZero();
	}

	@Test
	void numbersCountFromZeroAndTheSeedOfTheFirstTakeIsKept() {
		MongoStatusIndexCounters counters = new MongoStatusIndexCounters(
				new ReactiveMongoTemplate(client, "status-counters-it-" + UUID.randomUUID()));

		List<Taken> racing = Mono
			.zip(counters.take(StatusPurpose.SUSPENSION, 7), counters.take(StatusPurpose.SUSPENSION, 8))
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block(TIMEOUT);
		Taken later = counters.take(StatusPurpose.SUSPENSION, 9).block(TIMEOUT);

		assertThat(racing).extracting(Taken::sequence).containsExactlyInAnyOrder(0L, 1L);
		long kept = racing.get(0).seed();
		assertThat(kept).isIn(7L, 8L);
		assertThat(racing.get(1).seed()).isEqualTo(kept);
		assertThat(later).isEqualTo(new Taken(2, kept));
	}

	private static StatusLists replica(MongoStatusIndexCounters counters, long seed) {
		return new StatusLists(counters, (purpose, listId) -> Flux.empty(), (credential) -> Mono.empty(),
				new CredentialLinks("https://certificates.agora.academy"), Clock.systemUTC(), new Random(seed));
	}

}
