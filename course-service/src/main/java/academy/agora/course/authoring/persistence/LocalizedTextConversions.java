package academy.agora.course.authoring.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.course.authoring.domain.LocalizedText;
import org.bson.Document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores a text in several languages as a plain subdocument keyed by language tag,
 * {@code {"en": "…", "mk": "…"}}, rather than as a wrapper object, so the documents read
 * the way authors write courses.
 */
@Configuration(proxyBeanMethods = false)
class LocalizedTextConversions {

	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return new MongoCustomConversions(List.of(new Writing(), new Reading()));
	}

	@WritingConverter
	static class Writing implements Converter<LocalizedText, Document> {

		@Override
		public Document convert(LocalizedText text) {
			return new Document(new LinkedHashMap<>(text.values()));
		}

	}

	@ReadingConverter
	static class Reading implements Converter<Document, LocalizedText> {

		@Override
		public LocalizedText convert(Document document) {
			Map<String, String> values = new LinkedHashMap<>();
			document.forEach((language, text) -> values.put(language, String.valueOf(text)));
			return new LocalizedText(values);
		}

	}

}
