package dev.cumulo.functions.launch;

/**
 * How the instances of a function are held to the CPU share of their memory size on this machine, as Lambda gives
 * 1,769 MB one vCPU.
 *
 * @param detail where or why, in words: the cgroup folder used, or the reason the CPU cannot be limited here
 */
public record CpuLimiting(Method method, String detail) {

  /** The ways Cumulo limits an instance's CPU, and none. */
  public enum Method {
    /** A container of an image function, with Docker's {@code --cpus} (a CFS quota). */
    DOCKER_CPUS("docker --cpus"),
    /** A local process in a cgroup v2 with {@code cpu.max}. */
    CGROUP_V2("cgroup v2 cpu.max"),
    /** A local process in a cgroup v1 with {@code cpu.cfs_quota_us}. */
    CGROUP_V1("cgroup v1 cpu.cfs_quota_us"),
    /** The process runs with whatever CPU the machine gives it. */
    NONE("none");

    private final String label;

    Method(String label) {
      this.label = label;
    }

    /** As shown to the developer and in the control API's JSON. */
    public String label() {
      return label;
    }
  }

  public boolean limits() {
    return method != Method.NONE;
  }
}
