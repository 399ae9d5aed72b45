package uk.awarding.platform.testing.fuzz;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.testing.TestTokens;

/**
 * Sends hostile requests to every operation in a running service's own OpenAPI document and checks what no answer
 * may ever do: fail with a 5xx, show a stack trace or a Java class name, answer an error as anything but RFC 9457
 * problem+json, show a scoped caller data it may not see, accept a forged token, or write anything while refusing.
 * It fails when an operation was never reached past authentication, so a new endpoint is fuzzed or the test says
 * why not. The seeded rounds repeat exactly with the printed seed ({@code -Dfuzz.seed=N}).
 *
 * <pre>
 * ApiFuzzer.of(baseUri)
 *         .caller("centre", () -> TestTokens.centre("CEN001"), otherCentresLearnerName)
 *         .caller("staff", TestTokens::staff)
 *         .pathValue("id", () -> ownRegistrationId)
 *         .foreign("id", otherCentresRegistrationId)
 *         .body("POST /api/registrations", () -> validRegistration())
 *         .state(DatabaseState.of(dataSource))
 *         .run();
 * </pre>
 */
public final class ApiFuzzer {

    public static final long DEFAULT_SEED = 20261123L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(|Caused by: "
            + "|\\b(?:java|javax|jakarta|org|io|com|uk)\\.[a-z]\\w*\\.[a-z]\\w*\\.|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");
    private static final Set<Integer> NOT_REACHED = Set.of(401, 403, 405, 406, 415);
    private static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    /** Random text in a URL stays short enough (percent-encoded: up to 9 bytes a character) for Vert.x' 4,096-byte request line. */
    private static final int URL_TEXT = 300;

    private record Caller(String name, Supplier<String> token, List<String> neverSees) {

        boolean scoped() {
            return !neverSees.isEmpty();
        }
    }

    private static final Caller ANONYMOUS = new Caller("anonymous", () -> null, List.of());

    private enum Expect {
        NO_SERVER_ERROR, UNAUTHENTICATED, FORBIDDEN, HIDDEN, TOO_LARGE, LINE_TOO_LONG, UNDECODABLE, REFUSED
    }

    /** Operations a caller must be refused (403) even though its role is one they allow, e.g. another service account. */
    private record Refusal(Caller caller, List<String> operations) {
    }

    /** A per-client rate limit that X-Forwarded-For from a peer that is no trusted proxy must not reset. */
    private record RateLimit(String operation, Map<String, String> query, int limit, InetAddress untrustedPeer) {
    }

    /** Session cookies as Quarkus OIDC names them, for the default tenant and the candidate pages' tenant. */
    private static final String SESSION_COOKIES = "q_session=" + "a".repeat(200) + "; q_session_web=" + "b".repeat(200);

    /** A percent sign not followed by two hex digits: Vert.x refuses such an address while matching routes. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private record Probe(Operation operation, String variant, Caller caller, String authorization, String method,
            String target, Map<String, String> headers, byte[] body, long declaredLength, Expect expect) {

        String describe() {
            return operation.key() + " [" + variant + "] as " + caller.name() + ": " + method + " "
                    + RawHttp.abbreviate(target);
        }
    }

    private final URI base;
    private final RawHttp http;
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, List<Supplier<String>>> foreign = new LinkedHashMap<>();
    private final Map<String, Map<String, Supplier<?>>> bodies = new LinkedHashMap<>();
    private final Map<String, Map<String, Supplier<?>>> refused = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<RateLimit> rateLimits = new ArrayList<>();
    private Supplier<?> state;
    private long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    private int rounds = 40;

    private Random random;
    private Object lastState;
    private int requests;
    private final Map<String, Integer> reached = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();
    private final TreeMap<Long, String> slowest = new TreeMap<>();
    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    private ApiFuzzer(URI base) {
        this.base = base;
        this.http = new RawHttp(base);
    }

    /** The service under test, e.g. the {@code @TestHTTPResource("/") URI} of a {@code @QuarkusTest}. */
    public static ApiFuzzer of(URI base) {
        return new ApiFuzzer(base);
    }

    /**
     * A caller the fuzzer may use, tried in the order given: each operation is fuzzed as the first caller it lets
     * in. {@code neverSees} is text of data this caller may not see (another centre's learner, say): no answer to it
     * may contain any of it, and every {@link #foreign} value must be hidden from it (403 or 404).
     */
    public ApiFuzzer caller(String name, Supplier<String> token, String... neverSees) {
        callers.add(new Caller(name, token, List.of(neverSees)));
        return this;
    }

    /** A valid value of a path parameter (as named in the OpenAPI document), so fuzzing reaches the real resource. */
    public ApiFuzzer pathValue(String parameter, Supplier<String> value) {
        pathValues.put(parameter, value);
        return this;
    }

    /** A value of the path parameter that belongs to someone the scoped callers may not see. */
    public ApiFuzzer foreign(String parameter, Supplier<String> value) {
        foreign.computeIfAbsent(parameter, p -> new ArrayList<>()).add(value);
        return this;
    }

    /** A valid JSON body (a String of JSON, or anything Jackson writes) for the operation, e.g. "POST /api/claims". */
    public ApiFuzzer body(String operation, Supplier<?> body) {
        return body(operation, "application/json", body);
    }

    /** A valid body of another media type (e.g. text/csv) for the operation. */
    public ApiFuzzer body(String operation, String mediaType, Supplier<?> body) {
        bodies.computeIfAbsent(operation, o -> new LinkedHashMap<>()).put(mediaType, body);
        return this;
    }

    /**
     * A JSON body the operation must refuse with a 4xx problem, sent as every caller it lets in, under every check of
     * the run: e.g. a date that cannot be real ({@link #impossibleDates()}), or another's learner sent with details of
     * one's own, whose refusal must show nothing of the record (the callers' {@code neverSees}) and write nothing.
     */
    public ApiFuzzer refused(String operation, String variant, Supplier<?> body) {
        refused.computeIfAbsent(operation, o -> new LinkedHashMap<>()).put(variant, body);
        return this;
    }

    /** Well-formed dates that cannot be a date of birth or of anything that happened: for {@link #refused}. */
    public static List<String> impossibleDates() {
        return Hostile.IMPOSSIBLE_DATES;
    }

    /**
     * A caller each named operation must refuse with 403 although its role is one the operation allows: a service
     * account other than the one service that may act, say. Its valid request must change nothing.
     */
    public ApiFuzzer refuses(String name, Supplier<String> token, String... operations) {
        refusals.add(new Refusal(new Caller(name, token, List.of()), List.of(operations)));
        return this;
    }

    /**
     * The operation allows each client {@code limit} requests (per window): {@code limit + 1} valid requests from
     * {@code untrustedPeer}, a local address that is not a trusted proxy (e.g. 127.0.0.2), each naming another client
     * in X-Forwarded-For, must still meet a 429, or a client could reset its limit by naming any address it likes.
     * {@code query} completes the valid request (e.g. a required query parameter).
     */
    public ApiFuzzer rateLimited(String operation, Map<String, String> query, int limit, InetAddress untrustedPeer) {
        rateLimits.add(new RateLimit(operation, query, limit, untrustedPeer));
        return this;
    }

    /** Leaves the operation out, saying why; the run fails if the operation no longer exists. */
    public ApiFuzzer skip(String operation, String reason) {
        skipped.put(operation, reason);
        return this;
    }

    /** A snapshot of the service's state (see {@link DatabaseState}): it must not change when a request is refused. */
    public ApiFuzzer state(Supplier<?> snapshot) {
        this.state = snapshot;
        return this;
    }

    /** Seeded random requests per operation, on top of the systematic ones. */
    public ApiFuzzer rounds(int count) {
        this.rounds = count;
        return this;
    }

    public ApiFuzzer seed(long value) {
        this.seed = Long.getLong("fuzz.seed", value);
        return this;
    }

    /** Fuzzes every operation; throws an AssertionError naming each kind of violation with one example. */
    public void run() {
        JsonNode document = openApi();
        List<Operation> operations = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (Operation operation : Operation.all(document)) {
            known.add(operation.key());
            if (!skipped.containsKey(operation.key())) {
                operations.add(operation);
            }
        }
        for (String skip : skipped.keySet()) {
            if (!known.contains(skip)) {
                violation("skip", "names an operation the service no longer has: " + skip);
            }
        }
        random = new Random(seed);
        System.out.printf("ApiFuzzer %s: %d operations, seed %d (repeat with -Dfuzz.seed=%d)%n", base,
                operations.size(), seed, seed);
        lastState = state == null ? null : state.get();
        for (Operation operation : operations) {
            long start = System.nanoTime();
            fuzz(document, operation);
            millis.put(operation.key(), (System.nanoTime() - start) / 1_000_000);
        }
        for (String path : operations.stream().map(Operation::path).distinct().toList()) {
            undeclaredMethods(path, operations.stream().filter(o -> o.path().equals(path)).toList());
        }
        for (Refusal refusal : refusals) {
            for (String key : refusal.operations()) {
                named(operations, key).ifPresent(operation -> refusedCaller(document, operation, refusal.caller()));
            }
        }
        for (RateLimit limit : rateLimits) {
            named(operations, limit.operation()).ifPresent(operation -> forwardedSpoof(operation, limit));
        }
        if (!operations.isEmpty()) {
            Operation first = operations.get(0);
            Caller caller = callers.isEmpty() ? ANONYMOUS : callers.get(0);
            Probe probe = probe(first, "request line over 4,096 bytes", caller, null, null, Map.of("?q", "x".repeat(5_000)),
                    Map.of(), Expect.LINE_TOO_LONG);
            send(new Probe(first, probe.variant(), caller, probe.authorization(), "GET", probe.target(), probe.headers(),
                    null, 0, Expect.LINE_TOO_LONG));
        }
        report(operations);
    }

    private void fuzz(JsonNode document, Operation operation) {
        Map<String, Supplier<?>> valid = bodies.getOrDefault(operation.key(), Map.of());
        String mediaType = operation.bodies().isEmpty() ? null
                : operation.bodies().containsKey("application/json") ? "application/json"
                        : operation.bodies().keySet().iterator().next();
        Supplier<String> body = mediaType == null ? null : validBody(document, operation, mediaType, valid);

        // Who gets in: the first caller let in fuzzes the operation; the others prove their refusal is a problem.
        Caller fuzzer = null;
        List<Caller> allowed = new ArrayList<>();
        List<Caller> candidates = new ArrayList<>(callers);
        candidates.add(ANONYMOUS);
        for (Caller caller : candidates) {
            int status = send(probe(operation, "valid request", caller, mediaType, body == null ? null : bytes(body.get()),
                    Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
            if (status != 401 && status != 403) {
                allowed.add(caller);
                if (fuzzer == null) {
                    fuzzer = caller;
                }
            }
        }
        if (fuzzer == null) {
            return; // reported as never reached
        }
        if (allowed.contains(ANONYMOUS)) {
            fuzzer = ANONYMOUS; // a public operation: fuzzed as the public uses it
        }
        final Caller as = fuzzer;
        Supplier<byte[]> validBytes = () -> body == null ? null : bytes(body.get());

        if (as != ANONYMOUS) {
            String token = as.token().get();
            Map<String, String> forged = new LinkedHashMap<>();
            forged.put("no token", null);
            forged.put("expired token",
                    "Bearer " + TestTokens.expired("fuzz", Set.of("centre", "candidate", "awarding-staff", "service")));
            forged.put("tampered token", "Bearer " + TestTokens.tampered(token));
            forged.put("wrong audience", "Bearer " + TestTokens.forAudience("another-api", "fuzz",
                    Set.of("centre", "candidate", "awarding-staff", "service")));
            forged.put("garbage bearer", "Bearer not-a-token");
            forged.put("non-JWT bearer", "Bearer 0123456789abcdef0123456789abcdef");
            forged.put("ID token", "Bearer " + TestTokens.idToken("fuzz", Set.of("centre", "candidate", "awarding-staff",
                    "service"), Map.of("uln", "9276308686", "centre_number", "CEN001")));
            forged.put("unsigned token", "Bearer " + unsigned(token));
            forged.put("basic credentials", "Basic ZnV6ejpmdXp6");
            forged.put("huge bearer", "Bearer " + "a".repeat(12_000));
            forged.forEach((name, authorization) -> send(new Probe(operation, name, as, authorization,
                    operation.method(), target(operation, Map.of()), headers(operation, mediaType, Map.of()),
                    validBytes.get(), 0, Expect.UNAUTHENTICATED)));
            // An API is bearer-only: a browser's sign-in session cookie (of any tenant) is no credential there.
            send(new Probe(operation, "session cookie", as, null, operation.method(), target(operation, Map.of()),
                    headers(operation, mediaType, Map.of("Cookie", SESSION_COOKIES)), validBytes.get(), 0,
                    Expect.UNAUTHENTICATED));
        }
        for (String accept : Hostile.ACCEPTS) {
            send(probe(operation, "accept " + accept, as, mediaType, validBytes.get(), Map.of(), Map.of("Accept", accept),
                    Expect.NO_SERVER_ERROR));
        }
        for (Operation.Parameter parameter : operation.in("path")) {
            for (String segment : Hostile.pathSegments(random)) {
                send(probe(operation, "path " + parameter.name() + "=" + RawHttp.abbreviate(segment), as, mediaType,
                        validBytes.get(), Map.of(parameter.name(), segment), Map.of(), addressExpectation(segment)));
            }
        }
        for (Operation.Parameter parameter : operation.in("query")) {
            for (String value : Hostile.QUERY_VALUES) {
                send(probe(operation, "query " + parameter.name() + "=" + RawHttp.abbreviate(value), as, mediaType,
                        validBytes.get(), Map.of("?" + parameter.name(), value), Map.of(), addressExpectation(value)));
            }
        }
        for (Operation.Parameter parameter : operation.in("header")) {
            for (String value : List.of("", "x".repeat(6_000), "ünïcödé", "a\tb", "\"quoted\"", "../..")) {
                send(probe(operation, "header " + parameter.name() + "=" + RawHttp.abbreviate(value), as, mediaType,
                        validBytes.get(), Map.of(), Map.of(parameter.name(), value), Expect.NO_SERVER_ERROR));
            }
        }
        if (mediaType != null) {
            bodyVariants(document, operation, as, mediaType, body, valid);
        }
        for (Map.Entry<String, Supplier<?>> hostile : refused.getOrDefault(operation.key(), Map.of()).entrySet()) {
            for (Caller caller : allowed) {
                send(probe(operation, hostile.getKey(), caller, "application/json", bytes(write(hostile.getValue().get())),
                        Map.of(), Map.of(), Expect.REFUSED));
            }
        }
        for (Caller caller : allowed) {
            if (caller.scoped() && !allowed.contains(ANONYMOUS)) { // what the public may read hides nothing
                for (Operation.Parameter parameter : operation.in("path")) {
                    for (Supplier<String> value : foreign.getOrDefault(parameter.name(), List.of())) {
                        send(probe(operation, "another's " + parameter.name(), caller, mediaType, validBytes.get(),
                                Map.of(parameter.name(), encode(value.get())), Map.of(), Expect.HIDDEN));
                    }
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            randomRound(operation, as, mediaType, body, round);
        }
    }

    private void bodyVariants(JsonNode document, Operation operation, Caller as, String mediaType, Supplier<String> body,
            Map<String, Supplier<?>> valid) {
        for (String malformed : Hostile.MALFORMED_JSON) {
            send(probe(operation, "body " + JsonMutations.abbreviate(malformed), as, "application/json",
                    bytes(malformed), Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
        }
        send(probe(operation, "body of invalid UTF-8", as, mediaType, new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                0x28, '"', '}' }, Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
        send(probe(operation, "body with a byte-order mark", as, mediaType, bytes("\uFEFF" + body.get()), Map.of(), Map.of(),
                Expect.NO_SERVER_ERROR));
        for (String contentType : Hostile.CONTENT_TYPES) {
            send(probe(operation, "content type " + contentType, as, contentType, bytes(body.get()), Map.of(), Map.of(),
                    Expect.NO_SERVER_ERROR));
        }
        send(probe(operation, "no content type", as, null, bytes(body.get()), Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
        Probe oversized = probe(operation, "body over the limit", as, mediaType, new byte[0], Map.of(), Map.of(),
                Expect.TOO_LARGE);
        send(new Probe(oversized.operation(), oversized.variant(), as, oversized.authorization(), oversized.method(),
                oversized.target(), oversized.headers(), new byte[0], bodyLimit() + 1, Expect.TOO_LARGE));
        for (String type : operation.bodies().keySet()) {
            if (!type.contains("json")) {
                for (String text : Hostile.TEXT_BODIES) {
                    send(probe(operation, type + " body " + JsonMutations.abbreviate(text), as, type, bytes(text),
                            Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
                }
            }
        }
        if (mediaType.contains("json")) {
            JsonNode tree = tree(body.get());
            JsonNode schema = operation.bodies().get(mediaType);
            for (JsonMutations.Mutation mutation : JsonMutations.all(tree, schema, random)) {
                send(probe(operation, mutation.name(), as, mediaType, bytes(mutation.json()), Map.of(), Map.of(),
                        Expect.NO_SERVER_ERROR));
            }
            send(probe(operation, "body inside an array", as, mediaType, bytes("[" + body.get() + "]"), Map.of(), Map.of(),
                    Expect.NO_SERVER_ERROR));
            if (tree.isObject()) {
                String text = body.get();
                send(probe(operation, "duplicate keys", as, mediaType,
                        bytes(text.substring(0, text.lastIndexOf('}')) + (tree.isEmpty() ? "" : ",")
                                + text.substring(1)),
                        Map.of(), Map.of(), Expect.NO_SERVER_ERROR));
            }
        }
    }

    private void randomRound(Operation operation, Caller as, String mediaType, Supplier<String> body, int round) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        List<Operation.Parameter> path = operation.in("path");
        if (!path.isEmpty() && random.nextInt(3) == 0) {
            Operation.Parameter parameter = path.get(random.nextInt(path.size()));
            String value = random.nextBoolean() ? encode(Hostile.randomString(random, URL_TEXT))
                    : Hostile.pathSegments(random).get(random.nextInt(22));
            params.put(parameter.name(), value.isEmpty() ? "x" : value);
            changes.add("path " + parameter.name() + "=" + RawHttp.abbreviate(value));
        }
        List<Operation.Parameter> query = operation.in("query");
        if (!query.isEmpty() && random.nextBoolean()) {
            Operation.Parameter parameter = query.get(random.nextInt(query.size()));
            String value = encode(Hostile.randomString(random, URL_TEXT));
            params.put("?" + parameter.name(), value);
            changes.add("query " + parameter.name() + "=" + RawHttp.abbreviate(value));
        }
        byte[] bytes = body == null ? null : bytes(body.get());
        if (body != null && mediaType.contains("json") && (changes.isEmpty() || random.nextBoolean())) {
            JsonMutations.Mutation mutation = JsonMutations.random(tree(body.get()), random);
            bytes = bytes(mutation.json());
            changes.add(mutation.name());
        }
        if (changes.isEmpty()) {
            String value = encode(Hostile.randomString(random, URL_TEXT));
            params.put("?fuzz", value);
            changes.add("query fuzz=" + RawHttp.abbreviate(value));
        }
        send(probe(operation, "round " + round + ": " + String.join("; ", changes), as, mediaType, bytes, params, Map.of(),
                addressExpectation(String.join("", params.values()))));
    }

    private Optional<Operation> named(List<Operation> operations, String key) {
        Optional<Operation> found = operations.stream().filter(o -> o.key().equals(key)).findFirst();
        if (found.isEmpty()) {
            violation("unknown operation", "names an operation the service does not have: " + key);
        }
        return found;
    }

    private void refusedCaller(JsonNode document, Operation operation, Caller caller) {
        String mediaType = operation.bodies().isEmpty() ? null
                : operation.bodies().containsKey("application/json") ? "application/json"
                        : operation.bodies().keySet().iterator().next();
        Supplier<String> body = mediaType == null ? null
                : validBody(document, operation, mediaType, bodies.getOrDefault(operation.key(), Map.of()));
        send(probe(operation, "valid request from a caller it must refuse", caller, mediaType,
                body == null ? null : bytes(body.get()), Map.of(), Map.of(), Expect.FORBIDDEN));
    }

    private void forwardedSpoof(Operation operation, RateLimit limit) {
        Map<String, String> query = new LinkedHashMap<>();
        limit.query().forEach((name, value) -> query.put("?" + name, encode(value)));
        RawHttp peer = http.from(limit.untrustedPeer());
        boolean limited = false;
        for (int i = 0; i <= limit.limit() && !limited; i++) {
            Probe probe = probe(operation, "X-Forwarded-For 198.18.0." + i + " from " + limit.untrustedPeer().getHostAddress(),
                    callers.isEmpty() ? ANONYMOUS : callers.get(0), null, null, query,
                    Map.of("X-Forwarded-For", "198.18.0." + i), Expect.NO_SERVER_ERROR);
            RawHttp.Answer answer = peer.send(probe.method(), probe.target(), probe.headers(), null, 0);
            requests++;
            check(probe, answer);
            limited = answer.status() == 429;
        }
        if (!limited) {
            violation(operation.key() + " rate limit reset by a forwarded address from an untrusted peer",
                    (limit.limit() + 1) + " requests from " + limit.untrustedPeer().getHostAddress()
                            + ", each naming another X-Forwarded-For, never met 429");
        }
    }

    private static Expect addressExpectation(String raw) {
        return BROKEN_ESCAPE.matcher(raw).find() ? Expect.UNDECODABLE : Expect.NO_SERVER_ERROR;
    }

    /** Methods a path does not declare must be refused with a problem (405), never a failure. */
    private void undeclaredMethods(String path, List<Operation> declared) {
        Operation any = declared.get(0);
        Caller caller = callers.isEmpty() ? ANONYMOUS : callers.get(0);
        for (String method : OTHER_METHODS) {
            if (declared.stream().noneMatch(o -> o.method().equals(method))) {
                Probe probe = probe(any, "undeclared method " + method, caller, "application/json", bytes("{}"),
                        Map.of(), Map.of(), Expect.NO_SERVER_ERROR);
                send(new Probe(any, probe.variant(), caller, probe.authorization(), method, probe.target(),
                        probe.headers(), probe.body(), 0, Expect.NO_SERVER_ERROR));
            }
        }
    }

    private Probe probe(Operation operation, String variant, Caller caller, String contentType, byte[] body,
            Map<String, String> params, Map<String, String> extraHeaders, Expect expect) {
        String token = caller.token().get();
        Map<String, String> headers = headers(operation, contentType, extraHeaders);
        return new Probe(operation, variant, caller, token == null ? null : "Bearer " + token, operation.method(),
                target(operation, params), headers, body, 0, expect);
    }

    private Map<String, String> headers(Operation operation, String contentType, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", operation.accept());
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.putAll(extra);
        return headers;
    }

    /** The path with valid values, except those given (already encoded); "?name" entries become the query. */
    private String target(Operation operation, Map<String, String> params) {
        String path = operation.path();
        for (Operation.Parameter parameter : operation.in("path")) {
            String value = params.get(parameter.name());
            if (value == null) {
                Supplier<String> validValue = pathValues.get(parameter.name());
                value = encode(validValue == null ? "fuzz" : validValue.get());
            }
            path = path.replace("{" + parameter.name() + "}", value);
        }
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (name.startsWith("?")) {
                query.append(query.isEmpty() ? '?' : '&').append(name.substring(1)).append('=').append(value);
            }
        });
        return path + query;
    }

    private int send(Probe probe) {
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        if (probe.authorization() != null) {
            headers.put("Authorization", probe.authorization());
        }
        long start = System.nanoTime();
        RawHttp.Answer answer = http.send(probe.method(), probe.target(), headers, probe.body(), probe.declaredLength());
        slowest.put((System.nanoTime() - start) / 1_000_000 * 1_000_000 + requests, probe.describe());
        if (slowest.size() > 5) {
            slowest.pollFirstEntry();
        }
        requests++;
        String key = probe.operation().key();
        statuses.computeIfAbsent(key, k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        if (probe.authorization() != null && !NOT_REACHED.contains(answer.status())
                && probe.expect() != Expect.UNAUTHENTICATED) {
            reached.merge(key, 1, Integer::sum);
        } else if (probe.caller() == ANONYMOUS && !NOT_REACHED.contains(answer.status())) {
            reached.merge(key, 1, Integer::sum);
        }
        check(probe, answer);
        // GET and HEAD are safe methods: checksumming every table after each of them would double the run.
        if (state != null && !probe.method().equals("GET") && !probe.method().equals("HEAD")) {
            Object now = state.get();
            if (answer.status() >= 400 && !now.equals(lastState)) {
                violation(probe, answer, "refused, yet the stored state changed: " + difference(lastState, now));
            }
            lastState = now;
        }
        return answer.status();
    }

    private void check(Probe probe, RawHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            violation(probe, answer, "server error " + status);
        }
        if (STACK_TRACE.matcher(answer.body()).find()) {
            violation(probe, answer, "stack trace or Java class name in the answer");
        }
        // Vert.x answers these itself, before any route handler runs, with an empty 414 or 400: see the cases below.
        if (status >= 400 && probe.expect() != Expect.LINE_TOO_LONG && probe.expect() != Expect.UNDECODABLE) {
            String type = answer.header("content-type");
            boolean page = probe.operation().answersOnlyHtml() && type != null && type.startsWith("text/html");
            if (!page && (type == null || !type.startsWith("application/problem+json"))) {
                violation(probe, answer, "error " + status + " answered as " + type + ", not application/problem+json");
            } else if (!page) {
                JsonNode problem = treeOrNull(answer.body());
                if (problem == null || problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
                    violation(probe, answer, "problem without a matching status and a title");
                }
            }
        }
        switch (probe.expect()) {
            case UNAUTHENTICATED -> {
                if (status != 401 && !(probe.caller() == ANONYMOUS)) {
                    violation(probe, answer, "forged or missing credentials answered " + status + ", not 401");
                }
            }
            case FORBIDDEN -> {
                if (status != 403) {
                    violation(probe, answer, "a caller it must refuse answered " + status + ", not 403");
                }
            }
            case HIDDEN -> {
                if (status != 403 && status != 404) {
                    violation(probe, answer, "another's resource answered " + status + ", not 403/404");
                }
            }
            case REFUSED -> {
                if (status < 400 || status >= 500) {
                    violation(probe, answer, "a request it must refuse answered " + status + ", not a 4xx");
                }
            }
            case UNDECODABLE -> {
                if (status != 400) {
                    violation(probe, answer, "address with a broken percent-encoding answered " + status + ", not 400");
                }
            }
            case LINE_TOO_LONG -> {
                if (status != 414) {
                    violation(probe, answer, "over-long request line answered " + status + ", not 414");
                }
            }
            case TOO_LARGE -> {
                // A page without a session sends the browser to sign in before its body counts.
                if (status != 413 && !(probe.caller() == ANONYMOUS && status >= 300 && status < 400)) {
                    violation(probe, answer, "body over the limit answered " + status + ", not 413");
                }
            }
            default -> {
            }
        }
        for (String secret : probe.caller().neverSees()) {
            // What the caller sent itself may come back (a 404 naming the id asked for): only the rest is a leak.
            if (answer.body().contains(secret) && !probe.target().contains(secret)) {
                violation(probe, answer, "answer shows data the caller may not see: " + secret);
            }
        }
    }

    private void violation(Probe probe, RawHttp.Answer answer, String what) {
        violation(probe.operation().key() + " " + what, probe.describe() + " -> " + answer.status() + "\n        body: "
                + RawHttp.abbreviate(answer.body().replaceAll("\\s+", " ")));
    }

    private void violation(String kind, String example) {
        violations.computeIfAbsent(kind, k -> new ArrayList<>()).add(example);
    }

    private void report(List<Operation> operations) {
        for (Operation operation : operations) {
            System.out.printf("  %-60s %6d ms, reached %4d, answers %s%n", operation.key(),
                    millis.getOrDefault(operation.key(), 0L), reached.getOrDefault(operation.key(), 0),
                    statuses.getOrDefault(operation.key(), Map.of()));
            if (!reached.containsKey(operation.key())) {
                violation(operation.key() + " never reached past authentication",
                        "give a caller with the right role, valid path values and a valid body, or skip it with a reason");
            }
        }
        skipped.forEach((operation, reason) -> System.out.printf("  %-60s skipped: %s%n", operation, reason));
        slowest.descendingMap().forEach((key, probe) -> System.out.printf("  slow: %d ms %s%n", key / 1_000_000,
                RawHttp.abbreviate(probe)));
        System.out.printf("ApiFuzzer: %d requests, %d kinds of violation, seed %d%n", requests, violations.size(), seed);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder(violations.size() + " kinds of violation (seed " + seed + "):");
            violations.forEach((kind, examples) -> message.append("\n- ").append(kind).append(" (").append(examples.size())
                    .append("x), e.g. ").append(examples.get(0)));
            throw new AssertionError(message.toString());
        }
    }

    private Supplier<String> validBody(JsonNode document, Operation operation, String mediaType,
            Map<String, Supplier<?>> valid) {
        Supplier<?> given = valid.get(mediaType);
        if (given != null) {
            return () -> write(given.get());
        }
        if (!mediaType.contains("json")) {
            return () -> "";
        }
        String sample = write(JsonMutations.sample(document, operation.bodies().get(mediaType), 0));
        return () -> sample;
    }

    private JsonNode openApi() {
        RawHttp.Answer answer = http.send("GET", "/q/openapi?format=json", Map.of("Accept", "application/json"), null, 0);
        if (answer.status() != 200) {
            throw new IllegalStateException("No OpenAPI document at " + base + "q/openapi: " + answer.status());
        }
        return tree(answer.body());
    }

    /** quarkus.http.limits.max-body-size of the service under test (Quarkus' default when unset). */
    private static long bodyLimit() {
        String size = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .orElse("10240K").trim().toUpperCase(Locale.ROOT);
        char unit = size.charAt(size.length() - 1);
        long factor = switch (unit) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1;
        };
        return Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1)) * factor;
    }

    /** The token with its signature cut off and the header claiming no algorithm. */
    private static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    private static String difference(Object before, Object after) {
        if (before instanceof Map<?, ?> was && after instanceof Map<?, ?> is) {
            List<Object> changed = new ArrayList<>();
            is.forEach((table, value) -> {
                if (!value.equals(was.get(table))) {
                    changed.add(table);
                }
            });
            return "changed " + changed;
        }
        return before + " became " + after;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String write(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the body " + body, e);
        }
    }

    private static JsonNode tree(String json) {
        JsonNode node = treeOrNull(json);
        if (node == null) {
            throw new IllegalArgumentException("Not JSON: " + RawHttp.abbreviate(json));
        }
        return node;
    }

    private static JsonNode treeOrNull(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
