'use client';

// The same error page, but inside the signed-in shell: a failing page keeps the navigation around it.
export { default } from '../error';
