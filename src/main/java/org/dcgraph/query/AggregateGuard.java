package org.dcgraph.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A bound on what {@code GROUP_CONCAT} builds. ARQ's time limit is checked between rows, and a cross product feeds an
 * aggregate millions of rows a second: {@code GROUP_CONCAT(STR(?o))} over {@code ?a ?b ?c . ?s ?p ?o} grew a string
 * past a 2 GB heap well within ten seconds. The query's plan gets its own concatenation, which counts the characters
 * every {@code GROUP_CONCAT} of that one execution has built, and stops the query once they pass the bound.
 */
public final class AggregateGuard {
    /** Ten million characters (20 MB as Java holds them, twice that while a builder grows): far past any answer's worth. */
    public static final long MAX_CONCAT_CHARS = 10_000_000;

    private AggregateGuard() {}

    /** The plan with each {@code GROUP_CONCAT} (DISTINCT or not) drawing on one budget for the whole execution. */
    static Op bounded(Op op) {
        long[] built = {0};
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpGroup group, Op sub) {
                List<ExprAggregator> aggregators = new ArrayList<>();
                for (ExprAggregator aggregator : group.getAggregators())
                    aggregators.add(new ExprAggregator(aggregator.getVar(), bounded(aggregator.getAggregator(), built)));
                return OpGroup.create(sub, group.getGroupVars(), aggregators);
            }
        }, op);
    }

    private static Aggregator bounded(Aggregator aggregator, long[] built) {
        if (aggregator instanceof AggGroupConcat concat)
            return new BoundedConcat(concat.getExprList().get(0), concat.getSeparator(), false, built);
        if (aggregator instanceof AggGroupConcatDistinct concat)
            return new BoundedConcat(concat.getExprList().get(0), concat.getSeparator(), true, built);
        return aggregator;
    }

    /**
     * {@code GROUP_CONCAT} as SPARQL defines it (and as ARQ builds it: each value's string, no language tag kept),
     * with an accumulator that counts what it appends; DISTINCT is the accumulator's, so a plan printed after this
     * rewrite does not show it.
     */
    private static final class BoundedConcat extends AggGroupConcat {
        private final boolean distinct;
        private final long[] built;

        BoundedConcat(Expr expr, String separator, boolean distinct, long[] built) {
            super(expr, separator);
            this.distinct = distinct;
            this.built = built;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new BoundedConcat(exprs.get(0), getSeparator(), distinct, built);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), separator(), distinct, built);
        }

        private String separator() {
            String separator = getSeparator();
            return separator == null ? " " : separator;
        }
    }

    private static final class Concatenation extends AccumulatorExpr {
        private final String separator;
        private final long[] built;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Concatenation(Expr expr, String separator, boolean distinct, long[] built) {
            super(expr, distinct);
            this.separator = separator;
            this.built = built;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String string = value.asString();
            int added = string.length() + (first ? 0 : separator.length());
            built[0] += added;
            if (built[0] > MAX_CONCAT_CHARS)
                throw new AggregateTooLargeException(MAX_CONCAT_CHARS);
            if (!first)
                text.append(separator);
            text.append(string);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
