package academy.agora.progress.web;

import java.util.List;

import academy.agora.support.web.InvalidParameterException;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResponseFormatTests {

	@Test
	void theFormatParameterWins() {
		assertThat(ResponseFormat.of("csv", accept("application/json"))).isEqualTo(ResponseFormat.CSV);
		assertThat(ResponseFormat.of("CSV", List.of())).isEqualTo(ResponseFormat.CSV);
		assertThat(ResponseFormat.of("json", accept("text/csv"))).isEqualTo(ResponseFormat.JSON);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> ResponseFormat.of("xlsx", List.of()))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("format"));
	}

	@Test
	void otherwiseTheAcceptHeaderDecidesByQuality() {
		assertThat(ResponseFormat.of(null, accept("text/csv"))).isEqualTo(ResponseFormat.CSV);
		assertThat(ResponseFormat.of(null, accept("text/csv; charset=utf-8"))).isEqualTo(ResponseFormat.CSV);
		assertThat(ResponseFormat.of(null, accept("application/json;q=0.5, text/csv"))).isEqualTo(ResponseFormat.CSV);
		assertThat(ResponseFormat.of(null, accept("text/csv;q=0.5, application/json"))).isEqualTo(ResponseFormat.JSON);
		assertThat(ResponseFormat.of(null, accept("text/html, */*;q=0.8"))).isEqualTo(ResponseFormat.JSON);
		assertThat(ResponseFormat.of(null, List.of())).isEqualTo(ResponseFormat.JSON);
	}

	private static List<MediaType> accept(String header) {
		return MediaType.parseMediaTypes(header);
	}

}
