package io.github.ycspring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * This module's dependency tree as {@code mvn dependency:tree -Dverbose} writes it at {@code package}
 * ({@code target/dependency-tree.txt}), read to cut an application's classpath out of {@code target/lib}: what
 * Maven would resolve for an application that declares only some of this module's dependencies.
 * <p>
 * The plain tree lists a shared jar only under the first dependency that needs it; the verbose one also lists it,
 * in parentheses and without children, under every other. So the jars of a dependency are found by following every
 * node below it to the place where that artifact is expanded.
 */
final class DependencyTree {

	/** Each artifact ({@code groupId:artifactId[:classifier]}) by key: its file name in {@code target/lib}. */
	private final Map<String, String> fileNames = new HashMap<>();

	/** Each artifact's direct dependencies, by key, from every place it occurs. */
	private final Map<String, Set<String>> children = new HashMap<>();

	/** Keys by artifact id, to name the roots. */
	private final Map<String, String> keys = new HashMap<>();

	private DependencyTree() {
	}

	/**
	 * Reads a tree.
	 * @param file {@code target/dependency-tree.txt}
	 * @return the tree
	 * @throws IOException if the file cannot be read
	 */
	static DependencyTree read(Path file) throws IOException {
		DependencyTree tree = new DependencyTree();
		// the nodes from the root's children down to the current line's parent
		List<String> path = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int start = 0;
			while (start < line.length() && "|+\\- ".indexOf(line.charAt(start)) >= 0) {
				start++;
			}
			// each level indents by three characters: "+- ", "\- ", "|  " or "   "; the root is this module
			int depth = start / 3;
			if (line.isBlank() || depth == 0) {
				continue;
			}
			if (path.size() < depth - 1) {
				throw new IllegalStateException("dependency tree: no parent for " + line);
			}
			path.subList(depth - 1, path.size()).clear();
			String node = line.substring(start);
			path.add(tree.add(node, path.isEmpty() ? null : path.get(path.size() - 1)));
		}
		return tree;
	}

	private String add(String node, @Nullable String parent) {
		String key = key(node);
		this.keys.putIfAbsent(key.split(":")[1], key);
		this.children.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
		if (parent != null) {
			this.children.get(parent).add(key);
		}
		// "(g:a:jar:1.0:compile - omitted for duplicate)": its file is named where it is expanded
		if (!node.startsWith("(")) {
			String[] parts = coordinates(node);
			boolean classified = parts.length == 6;
			String version = classified ? parts[4] : parts[3];
			this.fileNames.put(key, parts[1] + "-" + version + (classified ? "-" + parts[3] : "") + "." + parts[2]);
		}
		return key;
	}

	/**
	 * The files of an application's dependencies and of everything they depend on, in the order Maven puts them on
	 * the application's classpath. The order matters at startup: a class is looked up jar by jar, so every jar ahead
	 * of Spring's own costs a lookup for each of Spring's classes.
	 * @param artifactIds the application's dependencies in the order it declares them, such as
	 * {@code spring-boot-starter-webflux}: each a direct dependency of this module
	 * @return the file names in {@code target/lib}
	 */
	Set<String> jarsOf(String... artifactIds) {
		List<String> roots = new ArrayList<>();
		for (String artifactId : artifactIds) {
			String key = this.keys.get(artifactId);
			if (key == null) {
				throw new IllegalArgumentException("dependency tree: no " + artifactId);
			}
			roots.add(key);
		}
		Map<String, String> winners = nearestWins(roots);
		Set<String> jars = new LinkedHashSet<>();
		roots.forEach((root) -> addDepthFirst(root, winners, jars));
		return jars;
	}

	/**
	 * Maven's mediation: an artifact is resolved where it is nearest to the application, a tie going to the one
	 * declared first, which is the order a breadth-first walk meets them in.
	 * @return each artifact reached, by key, with the key of the artifact it was resolved under (itself for a root)
	 */
	private Map<String, String> nearestWins(List<String> roots) {
		Map<String, String> parents = new HashMap<>();
		Deque<String> pending = new ArrayDeque<>();
		for (String root : roots) {
			if (parents.putIfAbsent(root, root) == null) {
				pending.add(root);
			}
		}
		while (!pending.isEmpty()) {
			String key = pending.remove();
			for (String child : this.children.get(key)) {
				if (parents.putIfAbsent(child, key) == null) {
					pending.add(child);
				}
			}
		}
		return parents;
	}

	/** Maven's classpath order: the resolved tree depth first, each artifact where it was resolved. */
	private void addDepthFirst(String key, Map<String, String> winners, Set<String> jars) {
		String fileName = this.fileNames.get(key);
		if (fileName == null) {
			throw new IllegalStateException("dependency tree: " + key + " is never expanded");
		}
		if (!jars.add(fileName)) {
			return;
		}
		for (String child : this.children.get(key)) {
			if (key.equals(winners.get(child))) {
				addDepthFirst(child, winners, jars);
			}
		}
	}

	/** {@code groupId:artifactId:type[:classifier]:version:scope}, without parentheses or notes. */
	private static String[] coordinates(String node) {
		String text = node.startsWith("(") ? node.substring(1) : node;
		int notes = text.indexOf(' ');
		String[] parts = ((notes >= 0) ? text.substring(0, notes) : text).replace(")", "").split(":");
		if (parts.length != 5 && parts.length != 6) {
			throw new IllegalStateException("dependency tree: cannot read " + node);
		}
		return parts;
	}

	private static String key(String node) {
		String[] parts = coordinates(node);
		return parts[0] + ":" + parts[1] + ((parts.length == 6) ? ":" + parts[3] : "");
	}

}
