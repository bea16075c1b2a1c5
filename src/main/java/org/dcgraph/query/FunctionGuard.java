package org.dcgraph.query;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a query may call, and how long a call may take. ARQ loads any class on the classpath named by a {@code java:}
 * IRI (and by the {@code afn:} namespace, which maps onto a Java package: {@code afn:wait}, {@code afn:print}), as a
 * function or a property function; here only what Jena registers itself is offered, and nothing is loaded. A function
 * call is one step for ARQ's time limit, which is checked between rows, so the calls whose cost grows faster than their
 * input are bounded themselves: regular expressions ({@code REGEX}, {@code REPLACE}, {@code fn:matches},
 * {@code fn:replace}) stop when the query is cancelled, and {@code math:pow} on integers whose exact answer would be
 * huge answers as a double, as XPath defines it.
 */
public final class FunctionGuard {
    static final String FN = "http://www.w3.org/2005/xpath-functions#";
    static final String MATCHES = FN + "matches";
    static final String REPLACE = FN + "replace";
    static final String POW = "http://www.w3.org/2005/xpath-functions/math#pow";
    /** Digits of the largest exact integer power: a few kilobytes, computed in microseconds. */
    static final int MAX_POWER_DIGITS = 10_000;
    /** Namespaces of Jena's optional libraries whose functions compute unbounded exact results (factorials, powers). */
    private static final Set<String> REFUSED_NAMESPACES = Set.of("http://www.dotnetrdf.org/leviathan#");
    /** How many characters a regular expression reads between two looks at the cancel flag and the clock. */
    private static final int CHECK_EVERY = 4096;

    private FunctionGuard() {}

    /** Sets the registries and the rewrite into a query's context. */
    static void addTo(Context context, long timeoutMillis) {
        context.set(ARQConstants.registryFunctions, new Functions(timeoutMillis));
        context.set(ARQConstants.registryPropertyFunctions, new PropertyFunctions());
        context.set(ARQConstants.sysOptimizerFactory, BOUNDED_REGEX);
    }

    /** Whether a query may call the function {@code iri}: Jena's own, outside the refused namespaces. */
    public static boolean offers(String iri) {
        return REFUSED_NAMESPACES.stream().noneMatch(iri::startsWith) && FunctionRegistry.get().isRegistered(iri);
    }

    /**
     * The first function the query names that is not offered, or null. A call of one would be an expression error
     * on every row (and a warning in the log for each); the endpoint refuses the query instead.
     */
    public static String firstRefused(Query query) {
        String[] refused = new String[1];
        Walker.walk(Algebra.compile(query), new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (refused[0] == null && function instanceof E_Function call && !offered(call.getFunctionIRI()))
                    refused[0] = call.getFunctionIRI();
            }
        });
        return refused[0];
    }

    private static boolean offered(String iri) {
        return iri.equals(MATCHES) || iri.equals(REPLACE) || iri.equals(POW) || offers(iri);
    }

    /** Jena's functions, looked up when called (libraries register theirs at start-up), never loaded by name. */
    private static final class Functions extends FunctionRegistry {
        private final FunctionFactory matches;
        private final FunctionFactory replace;
        private final FunctionFactory pow;

        Functions(long timeoutMillis) {
            matches = uri -> new BoundedRegex(false, timeoutMillis);
            replace = uri -> new BoundedRegex(true, timeoutMillis);
            pow = uri -> new BoundedPow(FunctionRegistry.get().get(POW).create(uri));
        }

        @Override
        public FunctionFactory get(String uri) {
            return switch (uri) {
                case MATCHES -> matches;
                case REPLACE -> replace;
                case POW -> pow;
                default -> offers(uri) ? FunctionRegistry.get().get(uri) : null;
            };
        }

        @Override
        public boolean isRegistered(String uri) {
            return offers(uri);
        }

        @Override
        public Iterator<String> keys() {
            return FunctionRegistry.get().keys();
        }
    }

    /** Jena's property functions ({@code text:query} among them), never one loaded by name. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String uri) {
            return PropertyFunctionRegistry.get().isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return manages(uri) ? PropertyFunctionRegistry.get().get(uri) : null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return manages(uri);
        }

        @Override
        public Iterator<String> keys() {
            return PropertyFunctionRegistry.get().keys();
        }
    }

    /**
     * {@code REGEX} and {@code REPLACE} turned into calls of {@code fn:matches} and {@code fn:replace}, which this
     * registry answers with {@link BoundedRegex}, then ARQ's own optimisation. ARQ evaluates the SPARQL operators
     * itself, with {@link java.util.regex} on a plain String, which nothing can stop; the rewrite comes first because
     * the optimisation folds constant expressions, evaluating them. The same rewrite bounds {@code GROUP_CONCAT}
     * ({@link AggregateGuard}).
     */
    private static final RewriteFactory BOUNDED_REGEX = context -> {
        var standard = Optimize.getFactory().create(context);
        return op -> standard.rewrite(AggregateGuard.bounded(toBoundedRegex(op)));
    };

    static Op toBoundedRegex(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex)
                    return new E_Function(MATCHES, args);
                if (function instanceof E_StrReplace)
                    return new E_Function(REPLACE, args);
                return super.transform(function, args);
            }
        }, op);
    }

    /**
     * {@code fn:matches(input, pattern, flags?)} or {@code fn:replace(input, pattern, replacement, flags?)}, the
     * pattern compiled once per call site while it stays the same. The input is read through a sequence that checks
     * the query's cancel flag and a deadline of one time limit every few thousand characters read, so a pattern that
     * backtracks for ever stops with its query.
     */
    private static final class BoundedRegex implements Function {
        private final boolean replacing;
        private final long timeoutMillis;
        private String lastPattern;
        private String lastFlags;
        private Pattern compiled;

        BoundedRegex(boolean replacing, long timeoutMillis) {
            this.replacing = replacing;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            int fixed = replacing ? 3 : 2;
            if (args.size() != fixed && args.size() != fixed + 1)
                throw new org.apache.jena.query.QueryBuildException(uri + " takes " + fixed + " or " + (fixed + 1) + " arguments");
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            NodeValue input = args.get(0).eval(binding, env);
            String pattern = string(args.get(1).eval(binding, env));
            String replacement = replacing ? string(args.get(2).eval(binding, env)) : null;
            int flagsAt = replacing ? 3 : 2;
            String flags = args.size() > flagsAt ? string(args.get(flagsAt).eval(binding, env)) : "";
            if (!input.isString() && !input.isLangString())
                throw new ExprEvalException("not a string: " + input);
            Pattern regex = compile(pattern, flags);
            Guarded text = new Guarded(input.getNode().getLiteralLexicalForm(), cancelSignal(env), System.nanoTime() + timeoutMillis * 1_000_000L);
            Matcher matcher = regex.matcher(text);
            if (!replacing)
                return NodeValue.makeBoolean(matcher.find());
            try {
                return NodeValue.makeString(matcher.replaceAll(replacement));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement '" + replacement + "': " + e.getMessage());
            }
        }

        private Pattern compile(String pattern, String flags) {
            if (compiled != null && pattern.equals(lastPattern) && flags.equals(lastFlags))
                return compiled;
            int bits = 0;
            for (char flag : flags.toCharArray()) {
                bits |= switch (flag) {
                    case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 's' -> Pattern.DOTALL;
                    case 'm' -> Pattern.MULTILINE;
                    case 'x' -> Pattern.COMMENTS;
                    case 'q' -> Pattern.LITERAL;
                    default -> throw new ExprEvalException("unsupported regular expression flag '" + flag + "'");
                };
            }
            try {
                compiled = Pattern.compile(pattern, bits);
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException("bad regular expression: " + e.getDescription());
            }
            lastPattern = pattern;
            lastFlags = flags;
            return compiled;
        }

        private static String string(NodeValue value) {
            if (!value.isString() && !value.isLangString())
                throw new ExprEvalException("not a string: " + value);
            return value.getNode().getLiteralLexicalForm();
        }

        private static AtomicBoolean cancelSignal(FunctionEnv env) {
            return env instanceof ExecutionContext execution ? execution.getCancelSignal() : null;
        }
    }

    /** A string read by a regular expression, which stops it once its query is cancelled or its time is up. */
    private static final class Guarded implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private final long deadline;
        private int reads;

        Guarded(String text, AtomicBoolean cancelled, long deadline) {
            this.text = text;
            this.cancelled = cancelled;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && ((cancelled != null && cancelled.get()) || System.nanoTime() - deadline > 0))
                throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * {@code math:pow}: Jena computes an integer power exactly, so {@code math:pow(10, 100000000)} is a number of a
     * hundred million digits. Past {@value #MAX_POWER_DIGITS} digits the answer is the double XPath defines.
     */
    private static final class BoundedPow implements Function {
        private final Function exact;

        BoundedPow(Function exact) {
            this.exact = exact;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            exact.build(uri, args, context);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            if (args.size() == 2) {
                NodeValue base = args.get(0).eval(binding, env);
                NodeValue exponent = args.get(1).eval(binding, env);
                if (base.isInteger() && exponent.isInteger() && digits(base.getInteger(), exponent.getInteger()) > MAX_POWER_DIGITS)
                    return NodeValue.makeDouble(Math.pow(base.getDouble(), exponent.getDouble()));
            }
            return exact.exec(binding, args, uri, env);
        }

        private static double digits(BigInteger base, BigInteger exponent) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0)
                return 1;
            return exponent.abs().doubleValue() * Math.log10(base.abs().doubleValue());
        }
    }
}
