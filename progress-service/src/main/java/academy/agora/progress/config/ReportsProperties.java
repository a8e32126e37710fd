package academy.agora.progress.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports.
 *
 * @param activeWindow how recent a learner's last activity must be for the enrolments
 * report to count them as active, unless a request says otherwise
 */
@ConfigurationProperties("agora.reports")
record ReportsProperties(@DefaultValue("30d") Duration activeWindow) {
}
