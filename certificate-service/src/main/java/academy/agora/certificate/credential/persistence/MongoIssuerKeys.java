package academy.agora.certificate.credential.persistence;

import java.text.ParseException;
import java.util.Date;

import academy.agora.certificate.credential.domain.IssuerKey;
import academy.agora.certificate.credential.domain.IssuerKeyStore;
import com.nimbusds.jose.jwk.RSAKey;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * One document per key, whose {@code _id} is the key's generation: the unique {@code _id}
 * index is what lets exactly one of several replicas store a generation, with no
 * transaction. The key pair is kept as JWK JSON, private parts included (see the domain's
 * package documentation on key custody); nothing here logs it.
 */
@Repository
class MongoIssuerKeys implements IssuerKeyStore {

	static final String COLLECTION = "issuer_keys";

	private final ReactiveMongoTemplate mongo;

	MongoIssuerKeys(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> insertIfAbsent(IssuerKey key) {
		Document document = new Document("_id", key.generation()).append("kid", key.keyId())
			.append("jwk", key.jwk().toJSONString())
			.append("createdAt", Date.from(key.createdAt()));
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	@Override
	public Mono<IssuerKey> latest() {
		return this.mongo
			.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), Document.class, COLLECTION)
			.map(MongoIssuerKeys::key);
	}

	@Override
	public Flux<IssuerKey> all() {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.ASC, "_id")), Document.class, COLLECTION)
			.map(MongoIssuerKeys::key);
	}

	private static IssuerKey key(Document document) {
		int generation = document.getInteger("_id");
		try {
			return new IssuerKey(generation, RSAKey.parse(document.getString("jwk")),
					document.getDate("createdAt").toInstant());
		}
		catch (ParseException ex) {
			// The message names the key only: a parse error might quote the material.
			throw new IllegalStateException("Issuer key of generation " + generation + " is not a valid RSA JWK");
		}
	}

}
