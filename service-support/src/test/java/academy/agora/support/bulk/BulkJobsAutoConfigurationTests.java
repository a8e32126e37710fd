package academy.agora.support.bulk;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class BulkJobsAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BulkJobsAutoConfiguration.class))
		.withBean(ReactiveMongoTemplate.class, () -> mock(ReactiveMongoTemplate.class));

	@Test
	void aServiceWithBulkWorkGetsBulkJobsConfiguredFromItsProperties() {
		this.runner.withBean(BulkWork.class, () -> work("attendance-completion"))
			.withPropertyValues("agora.bulk.concurrency=2")
			.run((context) -> {
				assertThat(context).hasSingleBean(BulkJobs.class);
				assertThat(context.getBean(BulkJobsProperties.class).concurrency()).isEqualTo(2);
				assertThat(context.getBean(BulkJobsProperties.class).maxItems()).isEqualTo(10_000);
			});
	}

	@Test
	void aServiceWithoutBulkWorkGetsNone() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(BulkJobs.class));
	}

	@Test
	void twoWorksOfOneKindAreAMistakeFoundAtStart() {
		this.runner.withBean("one", BulkWork.class, () -> work("same"))
			.withBean("other", BulkWork.class, () -> work("same"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("Two BulkWork beans do the kind same"));
	}

	private static BulkWork work(String kind) {
		return new BulkWork() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public Mono<Outcome> process(BulkJob job, String itemId) {
				return Mono.just(Outcome.done());
			}

		};
	}

}
