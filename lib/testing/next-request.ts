// Stand-ins for the request scope that Next.js gives server actions (cookies, headers,
// revalidation), so integration tests can call real actions against a real database.
// setup-database.ts installs them with vi.mock for every test file.
type Cookie = { name: string; value: string };

const jar = new Map<string, string>();
const requestHeaders = new Map<string, string>([
  ["x-forwarded-for", "203.0.113.10"],
  ["user-agent", "vitest"],
]);
export const revalidated: string[] = [];

export const testRequest = {
  setCookie(name: string, value: string) {
    jar.set(name, value);
  },
  clearCookies() {
    jar.clear();
  },
  setHeader(name: string, value: string) {
    requestHeaders.set(name.toLowerCase(), value);
  },
  deleteHeader(name: string) {
    requestHeaders.delete(name.toLowerCase());
  },
};

const cookieStore = {
  get: (name: string): Cookie | undefined => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: (): Cookie[] => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string | Cookie, value?: string) => {
    if (typeof name === "string") jar.set(name, value ?? "");
    else jar.set(name.name, name.value);
    return cookieStore;
  },
  delete: (name: string) => {
    jar.delete(name);
    return cookieStore;
  },
};

export const nextHeadersMock = {
  cookies: async () => cookieStore,
  headers: async () => new Headers([...requestHeaders]),
};

export const nextCacheMock = {
  revalidatePath: (path: string) => {
    revalidated.push(path);
  },
  revalidateTag: () => {},
  refresh: () => {},
  updateTag: () => {},
};
