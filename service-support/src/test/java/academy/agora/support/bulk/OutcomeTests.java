package academy.agora.support.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutcomeTests {

	@Test
	void onlyAFailedOutcomeNamesItsProblem() {
		assertThat(Outcome.failed("enrolment-withdrawn").problem()).isEqualTo("enrolment-withdrawn");
		assertThat(Outcome.done().problem()).isNull();
		assertThat(Outcome.skipped().result()).isEqualTo(Outcome.Result.SKIPPED);
		assertThatIllegalArgumentException().isThrownBy(() -> new Outcome(Outcome.Result.DONE, "why"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Outcome(Outcome.Result.FAILED, null));
	}

}
