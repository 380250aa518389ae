package io.github.ycspring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import io.github.ycspring.auth.CredentialsProvider;
import io.github.ycspring.auth.StaticIamTokenCredentials;
import io.github.ycspring.internal.auth.NoCredentials;
import io.github.ycspring.internal.json.ProtoJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The order in which credentials are chosen, and how wrong ones fail startup.
 */
class CredentialsResolutionTests {

	@TempDir
	static Path directory;

	static String keyJson;

	static Path keyFile;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(YandexCloudAutoConfiguration.class))
		.withPropertyValues("yandex.cloud.credentials.metadata-service=disabled");

	@BeforeAll
	static void writeKeyFile() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String pem = "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID ajekeyid\n-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		keyJson = ProtoJson.plainMapper().createObjectNode()
			.put("id", "ajekeyid")
			.put("service_account_id", "ajeaccount")
			.put("private_key", pem)
			.toString();
		keyFile = Files.writeString(directory.resolve("key.json"), keyJson);
	}

	private static String kindOf(org.springframework.context.ApplicationContext context) {
		return context.getBean(CredentialsProvider.class).kind();
	}

	@Test
	void anIamTokenPropertyIsAStaticToken() {
		this.runner.withPropertyValues("yandex.cloud.credentials.iam-token=t1.abc")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class))
				.isInstanceOf(StaticIamTokenCredentials.class));
	}

	@Test
	void anOAuthTokenPropertyIsExchanged() {
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_oauth")
			.run((context) -> assertThat(kindOf(context)).isEqualTo("OAuth token"));
	}

	@Test
	void aKeyFileIsReadAsASpringResource() {
		this.runner.withPropertyValues("yandex.cloud.credentials.service-account-key-file=file:" + keyFile)
			.run((context) -> assertThat(kindOf(context))
				.isEqualTo("service account key ajekeyid of service account ajeaccount"));
	}

	@Test
	void anInlineKeyIsParsed() {
		this.runner.withPropertyValues("yandex.cloud.credentials.service-account-key=" + keyJson)
			.run((context) -> assertThat(kindOf(context)).startsWith("service account key ajekeyid"));
	}

	@Test
	void theKeyFileEnvironmentVariableTakesAPlainPathAndBeatsYcToken() {
		this.runner.withPropertyValues("YC_SERVICE_ACCOUNT_KEY_FILE=" + keyFile, "YC_TOKEN=t1.env")
			.run((context) -> assertThat(kindOf(context)).startsWith("service account key"));
	}

	@Test
	void ycTokenIsAnIamTokenWhenItStartsWithT1AndOtherwiseAnOAuthToken() {
		this.runner.withPropertyValues("YC_TOKEN=t1.env")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class))
				.isInstanceOf(StaticIamTokenCredentials.class));
		this.runner.withPropertyValues("YC_TOKEN=y0_oauth")
			.run((context) -> assertThat(kindOf(context)).isEqualTo("OAuth token"));
	}

	@Test
	void explicitPropertiesWinOverTheEnvironment() {
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_prop", "YC_TOKEN=t1.env",
				"YC_SERVICE_ACCOUNT_KEY_FILE=" + keyFile)
			.run((context) -> assertThat(kindOf(context)).isEqualTo("OAuth token"));
	}

	@Test
	void twoExplicitSourcesFailStartupNamingBoth() {
		this.runner
			.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_prop",
					"yandex.cloud.credentials.service-account-key-file=file:" + keyFile)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(CredentialsConflictException.class)
					.hasMessageContaining("yandex.cloud.credentials.oauth-token")
					.hasMessageContaining("yandex.cloud.credentials.service-account-key-file")
					.hasMessageNotContaining("y0_prop");
				FailureAnalysis analysis = new CredentialsConflictFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getAction()).contains("CredentialsProvider");
			});
	}

	@Test
	void anUnreadableKeyFileFailsStartupWithAnExplanation() {
		this.runner.withPropertyValues("yandex.cloud.credentials.service-account-key-file=file:/nonexistent/key.json")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("service-account-key-file").contains("/nonexistent/key.json");
				assertThat(analysis.getAction()).contains("yc iam key create");
			});
	}

	@Test
	void aCredentialPropertyWhosePlaceholderIsNotSetFailsStartupNamingThePropertyAndTheVariable() {
		this.runner.withPropertyValues("yandex.cloud.credentials.iam-token=${YC_TOKEN_NEVER_SET_IN_TESTS}")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidCredentialsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("yandex.cloud.credentials.iam-token")
					.contains("${YC_TOKEN_NEVER_SET_IN_TESTS}");
				assertThat(analysis.getAction()).contains("YC_TOKEN_NEVER_SET_IN_TESTS")
					.contains("${YC_TOKEN_NEVER_SET_IN_TESTS:}");
			});
	}

	@Test
	void aPlaceholderWithAnEmptyDefaultLeavesTheApplicationWithoutCredentials() {
		this.runner.withPropertyValues("yandex.cloud.credentials.oauth-token=${YC_TOKEN_NEVER_SET_IN_TESTS:}")
			.run((context) -> assertThat(kindOf(context)).isEqualTo("none"));
	}

	@Test
	void aMalformedInlineKeyFailsStartupWithoutQuotingIt() {
		this.runner.withPropertyValues("yandex.cloud.credentials.service-account-key={\"id\":\"x\",\"private_key\":\"s3cret\"}")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidCredentialsException.class)
					.hasMessageContaining("service_account_id is missing")
					.hasMessageNotContaining("s3cret");
			});
	}

	@Test
	void anOAuthTokenIsNeverSentToAPlainHttpRemoteIam() {
		this.runner
			.withPropertyValues("yandex.cloud.credentials.oauth-token=y0_oauth",
					"yandex.cloud.endpoints.iam=http://iam.example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InsecureEndpointException.class)
				.hasMessageContaining("yandex.cloud.endpoints.iam"));
	}

	@Test
	void theMetadataServiceIsUsedWhenEnabled() {
		this.runner.withPropertyValues("yandex.cloud.credentials.metadata-service=enabled")
			.run((context) -> assertThat(kindOf(context)).isEqualTo("metadata service"));
	}

	@Test
	void autoProbesALoopbackMetadataServiceAndGoesOnWithoutCredentialsWhenItDoesNotAnswer() {
		this.runner
			.withPropertyValues("yandex.cloud.credentials.metadata-service=auto",
					"yandex.cloud.endpoints.metadata=http://127.0.0.1:1")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class)).isInstanceOf(NoCredentials.class));
	}

	@Test
	void autoNeverContactsARemoteMetadataAddressOffAYandexCloudVm() {
		// 10.x is nobody's here: the resolver must decide without sending anything there
		assumeFalse(CredentialsResolver.dmiSaysYandexCloud(), "on a Yandex Cloud VM auto does probe");
		this.runner
			.withPropertyValues("yandex.cloud.credentials.metadata-service=auto",
					"yandex.cloud.endpoints.metadata=http://10.255.255.1")
			.run((context) -> assertThat(context.getBean(CredentialsProvider.class)).isInstanceOf(NoCredentials.class));
	}

}
