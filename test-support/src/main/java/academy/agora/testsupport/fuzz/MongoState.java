package academy.agora.testsupport.fuzz;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The documents of some collections, compared whole: a refused request must not change
 * one field of one of them, a revision included.
 */
public final class MongoState {

	private MongoState() {
	}

	/**
	 * Reads the collections.
	 * @param mongo the application's template
	 * @param collections the collections that matter
	 * @return reads every document of the collections, in {@code _id} order
	 */
	public static Supplier<Map<String, List<Document>>> of(ReactiveMongoTemplate mongo, String... collections) {
		return () -> {
			Map<String, List<Document>> state = new LinkedHashMap<>();
			for (String collection : collections) {
				List<Document> documents = mongo.findAll(Document.class, collection)
					.collectList()
					.block(Duration.ofSeconds(30));
				documents.sort(Comparator.comparing((document) -> String.valueOf(document.get("_id"))));
				state.put(collection, documents);
			}
			return state;
		};
	}

}
