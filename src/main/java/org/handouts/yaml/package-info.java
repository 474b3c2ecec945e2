/**
 * YAML as nodes with line numbers and typed getters ({@link org.handouts.yaml.YamlMap}), and did-you-mean
 * suggestions for unknown keys. May depend on: diagnostics and snakeyaml only.
 */
package org.handouts.yaml;
