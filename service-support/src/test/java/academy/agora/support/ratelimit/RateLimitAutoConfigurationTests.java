package academy.agora.support.ratelimit;

import java.util.List;

import academy.agora.ratelimit.RateLimitProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner context = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RateLimitAutoConfiguration.class))
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build());

	@Test
	void withoutLimitsNothingIsLimited() {
		this.context.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimitFilter.class));
	}

	@Test
	void limitsBindAsWrittenInYaml() {
		this.context
			.withPropertyValues("agora.rate-limits[0].name=verification",
					"agora.rate-limits[0].paths=/api/verify/**, /verify/**", "agora.rate-limits[0].capacity=30",
					"agora.rate-limits[0].refill-per-minute=60")
			.run((context) -> {
				assertThat(context).hasSingleBean(RateLimitFilter.class);
				assertThat(context.getBean(RateLimitProperties.class).rateLimits())
					.containsExactly(new RateLimitProperties.Limit("verification",
							List.of("/api/verify/**", "/verify/**"), 30, 60, null, 10_000));
			});
	}

	@Test
	void aLimitConfiguredWronglyStopsTheStart() {
		this.context
			.withPropertyValues("agora.rate-limits[0].name=verification", "agora.rate-limits[0].paths=/verify/**",
					"agora.rate-limits[0].capacity=0", "agora.rate-limits[0].refill-per-minute=60")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("Rate limit 'verification' needs a capacity"));
		this.context.withPropertyValues("agora.rate-limits[0].paths=/verify/**", "agora.rate-limits[0].capacity=30")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("A rate limit needs a name"));
	}

}
