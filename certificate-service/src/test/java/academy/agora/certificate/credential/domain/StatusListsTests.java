package academy.agora.certificate.credential.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class StatusListsTests {

	private final Credentials fixture = new Credentials();

	private final Set<Integer> revoked = new HashSet<>();

	private final StatusLists statusLists = this.fixture
		.statusLists((purpose, listId) -> (purpose == StatusPurpose.REVOCATION && listId.equals("revocation-1"))
				? Flux.fromIterable(List.copyOf(this.revoked)) : Flux.empty());

	@Test
	@SuppressWarnings("unchecked")
	void theEncodedListIsAGzippedBitstringOfAtLeast16KibWithExactlyTheSetBitsFirstIndexLeftMost() throws IOException {
		this.statusLists.allocate(StatusPurpose.REVOCATION).block();
		this.revoked.addAll(List.of(0, 7, 8, 94567, StatusLists.SIZE - 1));

		Map<String, Object> list = (Map<String, Object>) this.statusLists.build("revocation-1")
			.block()
			.get("credentialSubject");

		byte[] bits = expand((String) list.get("encodedList"));
		assertThat(bits.length).isGreaterThanOrEqualTo(16384);
		// Index 0 is the left-most bit of the first byte, index 7 its right-most.
		assertThat(bits[0]).isEqualTo((byte) 0b1000_0001);
		assertThat(bits[1]).isEqualTo((byte) 0b1000_0000);
		BitSet set = new BitSet();
		for (int index = 0; index < bits.length * 8; index++) {
			if ((bits[index / 8] & (0x80 >>> (index % 8))) != 0) {
				set.set(index);
			}
		}
		assertThat(set.stream().boxed().toList()).containsExactly(0, 7, 8, 94567, StatusLists.SIZE - 1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aListIsASignedBitstringStatusListCredential() {
		this.statusLists.allocate(StatusPurpose.SUSPENSION).block();

		Map<String, Object> credential = this.statusLists.build("suspension-1").block();
		String jwt = this.statusLists.credential("suspension-1").block();

		String url = "https://certificates.agora.academy/api/status-lists/suspension-1";
		assertThat(credential).containsEntry("@context", List.of("https://www.w3.org/ns/credentials/v2"))
			.containsEntry("id", url)
			.containsEntry("type", List.of("VerifiableCredential", "BitstringStatusListCredential"))
			.containsEntry("issuer", "https://certificates.agora.academy/api/issuer")
			.containsEntry("validFrom", "2025-10-20T12:00:00Z");
		assertThat((Map<String, Object>) credential.get("credentialSubject")).containsEntry("id", url + "#list")
			.containsEntry("type", "BitstringStatusList")
			.containsEntry("statusPurpose", "suspension")
			.containsEntry("ttl", 60_000L);
		assertThat(this.fixture.verifier.verify(jwt).block()).containsEntry("jti", url)
			.containsEntry("sub", url + "#list")
			.containsKey("credentialSubject");
	}

	@Test
	void allocatedIndexesAreScatteredOverTheWholeListWithoutCollision() {
		for (long seed : new long[] { 0, 42, -1, 0x5DEECE66DL }) {
			Set<Integer> indexes = new HashSet<>();
			for (int position = 0; position < StatusLists.SIZE; position++) {
				indexes.add(StatusLists.scatter(position, seed));
			}
			assertThat(indexes).hasSize(StatusLists.SIZE);
		}
		List<Integer> firstFew = Flux.range(0, 5)
			.concatMap((i) -> this.statusLists.allocate(StatusPurpose.REVOCATION))
			.map(StatusEntry::index)
			.collectList()
			.block();
		// Not handed out in order: the index tells nothing of when, or how many before.
		assertThat(firstFew).isNotEqualTo(IntStream.range(firstFew.get(0), firstFew.get(0) + 5).boxed().toList());
	}

	@Test
	void aFullListMovesOnToTheNextAndEachPurposeHasItsOwn() {
		this.fixture.counters.skip(StatusPurpose.REVOCATION, StatusLists.SIZE - 1, 42);

		assertThat(this.statusLists.allocate(StatusPurpose.REVOCATION).block().listId()).isEqualTo("revocation-1");
		assertThat(this.statusLists.allocate(StatusPurpose.REVOCATION).block().listId()).isEqualTo("revocation-2");
		assertThat(this.statusLists.allocate(StatusPurpose.SUSPENSION).block().listId()).isEqualTo("suspension-1");
		assertThat(this.statusLists.build("revocation-2").block()).isNotNull();
	}

	@Test
	void aListThatDoesNotExistOrHasNoCertificateYetIsNotFound() {
		this.statusLists.allocate(StatusPurpose.REVOCATION).block();

		for (String listId : List.of("revocation-2", "suspension-1", "revocation-0", "revocation", "message-1",
				"revocation-01", "../revocation-1", "")) {
			StepVerifier.create(this.statusLists.credential(listId))
				.expectError(StatusListNotFoundException.class)
				.verify();
		}
	}

	private static byte[] expand(String encodedList) throws IOException {
		assertThat(encodedList).startsWith("u").doesNotContain("=", "+", "/");
		byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
		try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return gunzip.readAllBytes();
		}
	}

}
