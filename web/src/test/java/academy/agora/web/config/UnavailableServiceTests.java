package academy.agora.web.config;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are on a port where nothing listens: pages say so in the reader's
 * language, with 503 and no trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=web", "agora.web.services.certificate=http://127.0.0.1:9",
				"agora.web.services.course=http://127.0.0.1:9", "agora.web.services.progress=http://127.0.0.1:9" })
@AutoConfigureWebTestClient
class UnavailableServiceTests {

	@Autowired
	WebTestClient client;

	@Test
	void aServiceThatIsDownGivesATemporarilyUnavailablePage() {
		this.client.get()
			.uri("/verify/ABCD-EFGH-JKMN-PQRS?lang=mk")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("lang=\"mk\"")
				.contains("Привремено недостапно")
				.doesNotContain("Exception")
				.doesNotContain("at academy."));
	}

}
