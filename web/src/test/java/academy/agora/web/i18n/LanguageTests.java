package academy.agora.web.i18n;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=web")
@AutoConfigureWebTestClient
class LanguageTests {

	@Autowired
	WebTestClient client;

	@Test
	void aLanguagePickedWithTheSwitchIsUsedAndRemembered() {
		this.client.get()
			.uri("/?lang=sr-Cyrl")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.SET_COOKIE,
					(cookie) -> assertThat(cookie).startsWith("AGORA_LANG=sr-Cyrl")
						.containsIgnoringCase("HttpOnly")
						.contains("SameSite=Lax"))
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<html lang=\"sr-Cyrl\"").contains("Провера сертификата"));
		this.client.get()
			.uri("/")
			.cookie("AGORA_LANG", "sq")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<html lang=\"sq\""));
	}

	@Test
	void withoutAChoiceTheBrowsersLanguagesDecide() {
		assertLanguage("sr-Latn-RS, sr;q=0.8", "sr-Latn");
		assertLanguage("sr-RS", "sr-Cyrl");
		assertLanguage("de-AT, mk;q=0.5", "mk");
		assertLanguage("de-AT", "en");
	}

	@Test
	void everyLanguageIsOfferedInTheSwitchOnEveryPage() {
		this.client.get()
			.uri("/verify")
			.exchange()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("English")
				.contains("Shqip")
				.contains("Македонски")
				.contains("Srpski (latinica)")
				.contains("Српски (ћирилица)"));
	}

	@Test
	void datesAndNumbersFollowTheLanguage() {
		Formats formats = new Formats();
		Instant instant = Instant.parse("2026-03-05T10:00:00Z");
		assertThat(formats.date(instant, Locale.forLanguageTag("mk"))).contains("март");
		assertThat(formats.date(instant, Locale.forLanguageTag("sr-Latn"))).contains("mart");
		assertThat(formats.date(instant, Locale.ENGLISH)).isEqualTo("March 5, 2026");
		assertThat(formats.number(1234.5, Locale.forLanguageTag("mk"))).isEqualTo("1.234,5");
	}

	private void assertLanguage(String acceptLanguage, String expected) {
		this.client.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
			.exchange()
			.expectBody(String.class)
			.value((page) -> assertThat(page).as(acceptLanguage).contains("<html lang=\"" + expected + "\""));
	}

}
