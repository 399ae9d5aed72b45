package uk.awarding.platform.peer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a peer's guarded client ({@code XxxClient}, beside {@code @ApplyGuard(PeerGuards.XXX)} on the class): once
 * the guard gives up on a call, the failure is logged once with its cause and answered as a 503 problem
 * {@code <peer>-unavailable} (the peer being the guard's identifier), so nothing is written on a peer's word that was
 * never given. Blocking methods throw it; methods answering a {@code Uni} fail with it, holding no thread meanwhile.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PeerClient {
}
