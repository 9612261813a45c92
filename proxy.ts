// Deleted statements answer 410 Gone, not 200: their permalinks existed, and archives and search
// engines should learn that they were withdrawn. (A page cannot set its own status code.)
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { statementIsDeleted } from "@/lib/statements/deleted";

export async function proxy(request: NextRequest) {
  const match = /^\/statements\/(\d{1,15})$/.exec(request.nextUrl.pathname);
  // Signed-in staff see deleted statements with their restore controls; the page decides.
  if (!match || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  if (!(await statementIsDeleted(Number(match[1])))) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/statements/${match[1]}/gone`, request.url), { status: 410 });
}

export const config = { matcher: "/statements/:id" };
