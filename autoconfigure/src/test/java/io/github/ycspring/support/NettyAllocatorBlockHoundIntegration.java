package io.github.ycspring.support;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Lets Netty's adaptive allocator take its own short lock when many event loops grow its magazines at once, under
 * the stress tests' load: Netty's code, not ours, and a lock held for a few instructions, not a wait for I/O. Netty
 * 4.2's BlockHound integration does not yet list this path. Everything else still fails a test when it blocks an
 * event loop.
 */
public final class NettyAllocatorBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
	}

}
