package io.cceemulator.support;

/** Ids of the embedded default data (src/main/resources/default-data.json) that tests use by name. */
public final class Defaults {

	public static final String PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	public static final String OTHER_PROJECT = "1b2c3d4e5f60718293a4b5c6d7e8f90a";

	public static final String TOKEN = "emulator-token";

	/** Project B's token: it may not touch the default project. */
	public static final String TOKEN_B = "emulator-token-b";

	public static final String STD_A = "11111111-aaaa-4bbb-8ccc-000000000001";

	public static final String STD_B = "22222222-aaaa-4bbb-8ccc-000000000002";

	public static final String TURBO_A = "55555555-aaaa-4bbb-8ccc-000000000005";

	public static final String TURBO_B = "66666666-aaaa-4bbb-8ccc-000000000006";

	public static final String DEC = "77777777-aaaa-4bbb-8ccc-000000000007";

	public static final String IPV6 = "88888888-aaaa-4bbb-8ccc-000000000008";

	public static final String OTHER_VPC = "99999999-aaaa-4bbb-8ccc-000000000009";

	public static final String UPGRADING = "aaaaaaaa-aaaa-4bbb-8ccc-00000000000a";

	public static final String BIG = "bbbbbbbb-aaaa-4bbb-8ccc-00000000000b";

	/** An empty CCE Standard cluster in vpc-0001, to accept servers into. */
	public static final String STD_C = "cccccccc-aaaa-4bbb-8ccc-00000000000c";

	public static final String POOL_A = "f1f1f1f1-aaaa-4bbb-8ccc-0000000000f1";

	/** std-b-v128's custom pool: c7.large.2, EulerOS 2.9, containerd, what migrated nodes are. */
	public static final String POOL_B = "f2f2f2f2-aaaa-4bbb-8ccc-0000000000f2";

	/** Free servers of the default project: three CCE accepts, then one too few vCPUs, one too little memory, one
	 * without a data disk, one stopped and one in vpc-0002. */
	public static final String SERVER_FREE_1 = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e1";

	public static final String SERVER_FREE_2 = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e2";

	public static final String SERVER_FREE_3 = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e3";

	public static final String SERVER_ONE_VCPU = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e4";

	public static final String SERVER_TWO_GIB = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e5";

	public static final String SERVER_NO_DATA_DISK = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e6";

	public static final String SERVER_STOPPED = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e7";

	public static final String SERVER_OTHER_VPC = "e0e0e0e0-aaaa-4bbb-8ccc-0000000000e8";

	public static final String OTHER_PROJECT_CLUSTER = "c0c0c0c0-bbbb-4bbb-8ccc-000000000001";

	public static final String NODE_A1 = "33333333-aaaa-4bbb-8ccc-000000000003";

	public static final String NODE_A2 = "44444444-aaaa-4bbb-8ccc-000000000004";

	public static final String NODE_A3 = "33333333-aaaa-4bbb-8ccc-0000000000a3";

	public static final String NODE_A4 = "33333333-aaaa-4bbb-8ccc-0000000000a4";

	public static final String NODE_SSD = "33333333-aaaa-4bbb-8ccc-0000000000a5";

	public static final String NODE_HDD = "33333333-aaaa-4bbb-8ccc-0000000000a6";

	public static final String NODE_SYSTEM_DISK_ONLY = "33333333-aaaa-4bbb-8ccc-0000000000a7";

	public static final String NODE_ABNORMAL = "33333333-aaaa-4bbb-8ccc-0000000000a8";

	public static final String NODE_INSTALLING = "33333333-aaaa-4bbb-8ccc-0000000000a9";

	public static final String NODE_IN_POOL = "33333333-aaaa-4bbb-8ccc-0000000000aa";

	public static final String NODE_B1 = "22222222-aaaa-4bbb-8ccc-0000000000b1";

	public static final String TURBO_A_NODE = "55555555-aaaa-4bbb-8ccc-0000000000c1";

	public static final String TURBO_A_BMS = "55555555-aaaa-4bbb-8ccc-0000000000c2";

	public static final String OTHER_PROJECT_NODE = "c0c0c0c0-bbbb-4bbb-8ccc-0000000000f1";

	public static final String IMAGE_EULER_25 = "cc697ad7-9563-11e8-8ea7-0255ac106311";

	private Defaults() {
	}

}
