package academy.agora.support.messaging;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingAutoConfigurationTests {

	@Test
	void aDatabaseOutageDeepInTheCauseChainIsRecognised() {
		Exception outage = new ListenerExecutionFailedException("listener failed",
				new IllegalStateException(new MongoSocketException("refused", new ServerAddress())));
		assertThat(MessagingAutoConfiguration.isOutage(outage)).isTrue();
		assertThat(MessagingAutoConfiguration.isOutage(new DataAccessResourceFailureException("down"))).isTrue();
		assertThat(MessagingAutoConfiguration.isOutage(
				new IllegalStateException("Timeout on blocking read", new java.util.concurrent.TimeoutException())))
			.isTrue();
	}

	@Test
	void aBugIsNotAnOutage() {
		assertThat(MessagingAutoConfiguration
			.isOutage(new ListenerExecutionFailedException("listener failed", new NullPointerException()))).isFalse();
	}

}
