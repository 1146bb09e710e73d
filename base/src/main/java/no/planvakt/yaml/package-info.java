/** The one YAML reader of Planvakt's config files; see {@link no.planvakt.yaml.Yaml}. */
package no.planvakt.yaml;
