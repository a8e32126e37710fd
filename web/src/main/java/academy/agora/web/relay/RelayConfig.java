package academy.agora.web.relay;

import academy.agora.web.config.WebProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One client per service. Calls made for a signed-in person carry their access token,
 * taken from their session and refreshed when it has expired; the public verification
 * call carries none.
 */
@Configuration(proxyBeanMethods = false)
class RelayConfig {

	@Bean
	CourseApi courseApi(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens,
			WebProperties properties) {
		return new CourseApi(signedIn(builder, tokens).baseUrl(properties.services().course().toString()).build(),
				properties.services().timeout());
	}

	@Bean
	AuthoringApi authoringApi(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens,
			WebProperties properties) {
		return new AuthoringApi(signedIn(builder, tokens).baseUrl(properties.services().course().toString()).build(),
				properties.services().timeout());
	}

	@Bean
	ProgressApi progressApi(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens,
			WebProperties properties) {
		return new ProgressApi(signedIn(builder, tokens).baseUrl(properties.services().progress().toString()).build(),
				properties.services().timeout());
	}

	@Bean
	CertificateApi certificateApi(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens,
			WebProperties properties) {
		String base = properties.services().certificate().toString();
		return new CertificateApi(signedIn(builder, tokens).baseUrl(base).build(),
				builder.clone().baseUrl(base).build(), properties.services().timeout());
	}

	@Bean
	CoordinationApi coordinationApi(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens,
			WebProperties properties) {
		return new CoordinationApi(signedIn(builder, tokens).baseUrl(properties.services().course().toString()).build(),
				signedIn(builder, tokens).baseUrl(properties.services().progress().toString()).build(),
				signedIn(builder, tokens).baseUrl(properties.services().certificate().toString()).build(),
				properties.services().timeout());
	}

	private static WebClient.Builder signedIn(WebClient.Builder builder, ReactiveOAuth2AuthorizedClientManager tokens) {
		ServerOAuth2AuthorizedClientExchangeFilterFunction bearer = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				tokens);
		// The person signed in with the one registration there is; use its token.
		bearer.setDefaultOAuth2AuthorizedClient(true);
		return builder.clone().filter(bearer);
	}

}
