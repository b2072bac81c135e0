/**
 * The last stage of the expression pipeline: evaluators of resolved expressions against
 * items. Conditions and filters
 * ({@link dev.ddbkit.engine.expression.eval.ConditionEvaluator}), updates
 * ({@link dev.ddbkit.engine.expression.eval.UpdateApplier}) and projections
 * ({@link dev.ddbkit.engine.expression.eval.ProjectionApplier}).
 */
@NullMarked
package dev.ddbkit.engine.expression.eval;

import org.jspecify.annotations.NullMarked;
