package academy.agora.testsupport;

import org.junit.jupiter.api.Test;

import academy.agora.testsupport.TestInfrastructure.Choice;
import academy.agora.testsupport.TestInfrastructure.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TestInfrastructureTests {

	@Test
	void containersAreUsedWhenDockerAnswers() {
		assertThat(Choice.of(null, () -> true).kind()).isEqualTo(Kind.CONTAINERS);
	}

	@Test
	void embeddedIsUsedWithoutDocker() {
		Choice choice = Choice.of("", () -> false);
		assertThat(choice.kind()).isEqualTo(Kind.EMBEDDED);
		assertThat(choice.reason()).contains("no Docker");
	}

	@Test
	void theSettingWinsAndDockerIsNotAsked() {
		assertThat(Choice.of(" Embedded ", () -> {
			throw new AssertionError("Docker must not be asked");
		}).kind()).isEqualTo(Kind.EMBEDDED);
		assertThat(Choice.of("containers", () -> false).kind()).isEqualTo(Kind.CONTAINERS);
	}

	@Test
	void anUnknownSettingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Choice.of("docker", () -> true))
			.withMessageContaining("agora.infrastructure");
	}

}
