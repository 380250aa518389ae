package io.github.ycspring.host;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java snippet of the README compiles as written, imports included, against the published modules and the
 * test dependencies the README names; and its tests pass, run in an application of their own: what a user copies
 * works.
 */
class ReadmeSnippetsTests {

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern TYPE_NAME = Pattern.compile("^(?:public |final |abstract )*(?:class|interface|record) (\\w+)",
			Pattern.MULTILINE);

	/** The package the snippets are put in, with an application class, as a user's project has them. */
	private static final String PACKAGE = "readme";

	@Test
	void everyJavaSnippetCompilesAsWrittenAndItsTestsPass(@TempDir Path sources) throws Exception {
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		List<File> files = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(readme);
		while (block.find()) {
			String snippet = block.group(1);
			Matcher type = TYPE_NAME.matcher(snippet);
			assertThat(type.find()).as("a snippet that is a whole class, imports included:%n%s", snippet).isTrue();
			files.add(Files.writeString(sources.resolve(type.group(1) + ".java"), "package " + PACKAGE + ";\n" + snippet)
				.toFile());
		}
		files.add(Files.writeString(sources.resolve("ReadmeApplication.java"), """
				package readme;

				@org.springframework.boot.autoconfigure.SpringBootApplication
				class ReadmeApplication {
				}
				""").toFile());
		assertThat(files).as("Java snippets in the README").hasSizeGreaterThanOrEqualTo(8);

		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			boolean compiled = compiler
				.getTask(null, fileManager, diagnostics,
						List.of("-classpath", classPath, "-d", sources.toString(), "-proc:none"), null,
						fileManager.getJavaFileObjectsFromFiles(files))
				.call();
			List<String> errors = diagnostics.getDiagnostics()
				.stream()
				.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
				.map((diagnostic) -> diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
						+ diagnostic.getMessage(Locale.ROOT))
				.toList();
			assertThat(errors).isEmpty();
			assertThat(compiled).isTrue();
		}
		assertTestsPass(sources, "ImageReportTests", 2);
		assertTestsPass(sources, "EmulatorTests", 1);
	}

	private static void assertTestsPass(Path classes, String testClass, int tests) throws Exception {
		ClassLoader original = Thread.currentThread().getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, original)) {
			Thread.currentThread().setContextClassLoader(loader);
			EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
				.selectors(DiscoverySelectors.selectClass(loader.loadClass(PACKAGE + "." + testClass)))
				.execute();
			List<String> failures = results.testEvents()
				.failed()
				.stream()
				.map((event) -> event.getTestDescriptor().getDisplayName() + ": " + event
					.getPayload(TestExecutionResult.class)
					.flatMap(TestExecutionResult::getThrowable)
					.map(Throwable::toString)
					.orElse(""))
				.toList();
			assertThat(failures).as("failed tests of the README's %s", testClass).isEmpty();
			assertThat(results.testEvents().succeeded().count()).as("passed tests of %s", testClass).isEqualTo(tests);
		}
		finally {
			Thread.currentThread().setContextClassLoader(original);
		}
	}

}
