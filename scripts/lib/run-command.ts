/** Runs a command to completion: resolves when it exits 0, rejects naming it (and, if captured, the end of its output) otherwise. */
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** `inherit` shows the command's output as it runs; `capture` keeps it quiet and puts its end into the error. */
  output?: 'inherit' | 'capture';
}

export function runCommand(command: string, args: string[], { cwd, env = {}, output = 'inherit' }: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: output === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let captured = '';
    child.stdout?.on('data', (chunk: Buffer) => (captured += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (captured += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}${captured ? `:\n${captured.slice(-3000)}` : ''}`))));
  });
}
