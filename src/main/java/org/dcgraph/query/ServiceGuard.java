package org.dcgraph.query;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Stops a SPARQL {@code SERVICE} call to any endpoint outside the allow-list before a connection is opened. It sees
 * each call with its endpoint IRI already bound, so {@code SERVICE ?endpoint} is checked too. Endpoints are compared
 * as written, never resolved: {@code localhost} is not {@code 127.0.0.1}.
 */
public final class ServiceGuard implements ChainingServiceExecutor {
    /**
     * The HTTP client of allowed calls. Jena's default follows every redirect, so an allowed endpoint could send our
     * server on to any address, internal ones included; this one follows none, and a redirect fails the call.
     */
    static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Set<String> allowedEndpoints;

    private ServiceGuard(Set<String> allowedEndpoints) {
        this.allowedEndpoints = allowedEndpoints;
    }

    /**
     * A registry holding only the guard and, behind it, Jena's HTTP executor. It is built fresh rather than copied
     * from the global registry, because any other executor registered there could call out without the guard.
     */
    static ServiceExecutorRegistry registry(Set<String> allowedEndpoints) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new ServiceGuard(allowedEndpoints)); // prepends: the guard is asked first
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        if (endpoint.isURI() && allowedEndpoints.contains(endpoint.getURI())) {
            if (opExecute.getSilent()) // its failure is an empty answer, as SPARQL says, not one to stop on
                return agreeing(chain.createExecution(opExecute, opOriginal, BindingFactory.empty(), execCxt), binding, endpoint, execCxt);
            try {
                return agreeing(chain.createExecution(opExecute, opOriginal, BindingFactory.empty(), execCxt), binding, endpoint, execCxt);
            } catch (QueryCancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Failure(e);
            }
        }
        // SERVICE SILENT turns a failed call into one empty solution (SPARQL 1.1 Federated Query, section 4).
        if (opExecute.getSilent())
            return QueryIterSingleton.create(binding, execCxt);
        throw new Failure(new QueryDeniedException("SERVICE " + NodeFmtLib.strTTL(endpoint) + " is not allowed: "
                + (allowedEndpoints.isEmpty() ? "this server calls no remote SPARQL endpoints"
                                              : "it is not in this server's allow-list of remote endpoints")));
    }

    /**
     * The remote rows (asked for with no row to extend), each checked against the row the call was made for, then
     * extended by it. ARQ's HTTP executor extends that row itself, and a remote value that differs from one already
     * bound (the endpoint's own variable bound again by the remote pattern: {@code VALUES ?x {<e>} OPTIONAL { SERVICE
     * ?x { VALUES ?x {<other>} } }}) made it throw, a 500 naming no cause and seven error lines in the log; the same
     * value bound again logged a warning per row. Such a row is refused with a message; a value bound again alike is
     * taken once.
     */
    private static QueryIterator agreeing(QueryIterator remote, Binding binding, Node endpoint, ExecutionContext execCxt) {
        return new QueryIterConvert(remote, row -> {
            BindingBuilder kept = BindingBuilder.create(binding);
            row.forEach((variable, value) -> {
                Node bound = binding.get(variable);
                if (bound == null) {
                    kept.add(variable, value);
                } else if (!bound.equals(value)) {
                    throw new Failure(new QueryDeniedException("SERVICE " + NodeFmtLib.strTTL(endpoint) + " answered ?" + variable.getVarName()
                            + " = " + NodeFmtLib.strTTL(value) + " where the query had bound it to " + NodeFmtLib.strTTL(bound)
                            + ": a SERVICE pattern must not bind again a variable already bound, its endpoint's included"));
                }
            });
            return kept.build();
        }, execCxt);
    }

    /**
     * A refused or failed {@code SERVICE} call, which stops the whole query. Inside {@code FILTER EXISTS} ARQ takes
     * any other exception for a false filter, logs it with its stack trace and goes on to the next row: a 151-byte
     * query wrote 16,179 such warnings (116 MB). A cancellation is the one exception a filter lets through; the
     * endpoint answers with the {@link #failure()} it carries.
     */
    public static final class Failure extends QueryCancelledException {
        private final RuntimeException failure;

        Failure(RuntimeException failure) {
            this.failure = failure;
        }

        /** The refusal ({@link QueryDeniedException}) or the failure of the call. */
        public RuntimeException failure() {
            return failure;
        }
    }
}
