export declare const SYSTEM_CHROMIUMS: readonly string[];
export declare function testChromium(): string | undefined;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function browserKey(executablePath: string | undefined, playwrightsOwn: string): string;
