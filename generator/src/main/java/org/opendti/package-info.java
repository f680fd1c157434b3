/**
 * The entry points: {@link org.opendti.Pipeline} runs the whole pipeline once, over a {@link
 * org.opendti.Scope} (the whole repository, or what a change touches), and returns a {@link
 * org.opendti.PipelineResult}. Everything else is a stage below it, one package each, in the order
 * they run; each may use only the packages below it ({@code ArchitectureTest} pins this):
 *
 * <ol>
 *   <li>{@code diagnostic}: what every stage reports (diagnostics, the listener, the user's
 *       mistakes as exceptions); {@code model}: the immutable, typed model.
 *   <li>{@code git}: Git access; {@code load}: every input file, read strictly against its schema.
 *   <li>{@code validate} → {@code score} → {@code rank} → {@code insight} → {@code render} → {@code
 *       publish}: the stages.
 *   <li>{@code policy}: who may change which path; {@code synth}: sample cohorts.
 *   <li>{@code org.opendti} (this package), then {@code pullrequest}, which runs the pipeline on a
 *       pull request's base and head and compares them.
 * </ol>
 *
 * <pre>{@code
 * PipelineResult result = Pipeline.builder().repositoryRoot(Path.of(".")).build().check();
 * result.diagnostics().all().forEach(d -> System.out.println(d.format(Lang.VI)));
 * }</pre>
 */
package org.opendti;
