package academy.agora.course.samples;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sample courses are and whose they are.
 *
 * @param enabled whether to load them at start-up
 * @param location the course files, in the format of {@code POST /api/courses}
 * @param owner the subject of the author who owns them (the demo author)
 */
@ConfigurationProperties("agora.samples")
record SampleProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("classpath*:sample-courses/*.json") String location, @DefaultValue("elira") String owner) {
}
