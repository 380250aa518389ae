package io.github.ycspring.benchmarks.baseline;

/**
 * The request paths the baselines send, written by hand as a user without the client would.
 */
final class Paths {

	private Paths() {
	}

	static String listImages(String folderId, int pageSize, String pageToken) {
		return "/compute/v1/images?folderId=" + folderId + "&pageSize=" + pageSize
				+ (pageToken.isEmpty() ? "" : "&pageToken=" + pageToken);
	}

	static String getImage(String imageId) {
		return "/compute/v1/images/" + imageId;
	}

	static String listGatewayOperations(String apiGatewayId, int pageSize, String pageToken) {
		return "/apigateways/v1/apigateways/" + apiGatewayId + "/operations?pageSize=" + pageSize
				+ (pageToken.isEmpty() ? "" : "&pageToken=" + pageToken);
	}

}
